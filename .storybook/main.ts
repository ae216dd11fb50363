import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: {},
  async viteFinal(config) {
    // One copy of lit: pre-bundle lit and @lit/context together (see ../shared/TOOLCHAIN.md).
    config.root = undefined;
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
    };
    return config;
  },
};
export default config;
