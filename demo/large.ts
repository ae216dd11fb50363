// The demo's large page: <mobility-map> on a generated framework of ?roles= roles (1,000 by default).
import '../src/define.js';
import type { MobilityMap } from '../src/mobility-map/mobility-map.component.js';
import { generateFramework } from '../src/testing/generate-framework.js';

const params = new URLSearchParams(location.search);
const roles = Math.max(10, Math.min(20000, Number(params.get('roles')) || 1000));
const map = document.querySelector<MobilityMap>('#map')!;
map.framework = generateFramework({ roles, seed: 7 });
const focus = params.get('focus');
if (focus) map.currentRole = focus === 'busiest' ? busiest(map) : focus;
const family = params.get('family');
if (family) map.updateComplete.then(() => map.showFamily(family));

/** The role with the most moves, for a focus that shows many destinations. */
function busiest(el: MobilityMap): string {
  const framework = el.framework as ReturnType<typeof generateFramework>;
  const counts = new Map<string, number>();
  for (const move of framework.moves ?? []) counts.set(move.from, (counts.get(move.from) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
