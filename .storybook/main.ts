import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs, from custom-elements.json) and the accessibility panel (axe).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // One copy of lit: pre-bundle lit and @lit/context together (see ../shared/TOOLCHAIN.md).
    config.root = undefined;
    // The library build's plugins (../vite.config.ts) are not for Storybook: minifying css`` literals
    // would also rewrite Storybook's own (emotion) styles.
    const libraryOnly = new Set(['minify-html-literals', 'career-elements-types']);
    config.plugins = (config.plugins ?? []).flat(Infinity).filter((plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && libraryOnly.has(plugin.name)));
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
    };
    return config;
  },
};
export default config;
