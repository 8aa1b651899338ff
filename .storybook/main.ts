import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // No telemetry: the catalogue, like the widgets, sends nothing anywhere.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  staticDirs: [{from: '../demo/public/images', to: '/images'}],
  viteFinal(viteConfig) {
    // Stories use the packages' TypeScript sources, like the tests.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    // Storybook's own manager and axe are large; that is the catalogue, not what a page loads.
    viteConfig.build = {...viteConfig.build, chunkSizeWarningLimit: 4096};
    return viteConfig;
  },
};
export default config;
