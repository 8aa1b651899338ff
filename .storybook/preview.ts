import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {configure} from 'storybook/test';
import {setCareloopLocale} from '@careloop/core';
import manifest from '../packages/careloop/custom-elements.json';
import './preview.css';

// waitFor in play functions waits for a condition; its default ceiling (1 s) is a machine
// speed: on a busy CI machine a sent or refused submission took longer. 30 s, as in the tests.
configure({asyncUtilTimeout: 30_000});

setCustomElementsManifest(manifest);

/** Languages in the toolbar: the four shipped ones and a right-to-left sample (Arabic). */
const LANGUAGES = [
  {value: 'en', title: 'English'},
  {value: 'fr', title: 'Français'},
  {value: 'sv', title: 'Svenska'},
  {value: 'nb', title: 'Norsk bokmål'},
  {value: 'ar', title: 'العربية (right to left, English text)'},
];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>)',
      toolbar: {title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true},
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'brand', title: 'Sample hospital brand'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'light'},
  loaders: [
    // Wait for the locale's messages, so the story renders in its language at once.
    async ({globals}) => {
      const locale = String(globals['locale'] ?? 'en');
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      await setCareloopLocale('auto');
      return {};
    },
  ],
  decorators: [
    (story, {globals}) => {
      // The page behind the widget, as a hospital's would be: dark for the dark theme,
      // the sample brand's colours (CSS custom properties only) for the brand theme.
      document.body.dataset['theme'] = String(globals['theme'] ?? 'light');
      return story();
    },
  ],
  parameters: {
    controls: {expanded: true},
    a11y: {
      test: 'error',
      options: {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}},
    },
    docs: {toc: true},
  },
};

export default preview;
