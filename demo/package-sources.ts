// The package's entry points mapped to this repository's sources, for the React and Vue hosts:
// they import `career-elements/react` as an app would, and vite serves src/ without a build.
import { fileURLToPath } from 'node:url';

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export const packageSources = [
  { find: /^career-elements\/react$/, replacement: source('react/index.ts') },
  { find: /^career-elements\/vue$/, replacement: source('vue/index.ts') },
  { find: /^career-elements\/define$/, replacement: source('define.ts') },
  { find: /^career-elements$/, replacement: source('index.ts') },
];
