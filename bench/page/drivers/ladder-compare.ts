// How the bench drives <ladder-compare>: attributes `family` and `region`.

export const TAG = 'ladder-compare';

export const attributes = (family: string, region: string) => ({ family, region });

export const setRegion = (element: HTMLElement, region: string) => {
  (element as HTMLElement & { region?: string }).region = region;
};
