// TypeScript (tsc) reads .vue files as components; vite's Vue plugin compiles them.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
