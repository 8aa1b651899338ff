import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      'storybook-static/**',
      'build/**',
      'packages/core/src/locales/**',
      '.data/**',
      // The example apps are checked by their own toolchains (tsc, vue-tsc, ng build) once
      // installed; examples/test/ installs and builds them. Their tests are linted here.
      'examples/*/**',
      '!examples/test/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
      globals: globals.browser,
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', {ignoreArrowShorthand: true}],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    rules: {
      'lit/no-template-arrow': 'off',
      // Lit calls event listeners bound in templates with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
    },
  },
  {
    files: ['packages/*/test/**/*.ts'],
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
    rules: {
      // chai-dom and chai-a11y-axe type every chai Assertion as a promise; awaiting each
      // synchronous expect() would hide the real async calls, which are awaited.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Scripts for the browser, and Node tests that run functions inside a page.
    files: [
      'demo/public/**/*.js',
      'demo/test/**/*.mjs',
      'examples/test/**/*.mjs',
      'scripts/bench.mjs',
      'scripts/check-stories.mjs',
    ],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
);
