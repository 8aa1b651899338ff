// Bundles built from the packages' tsc output (packages/*/dist):
// - the self-contained CDN bundle packages/careloop/dist/careloop.js (Lit included),
//   with each locale and DOMPurify as lazily loaded chunks beside it;
// - the bundles that scripts/check-size.mjs measures against DESIGN.md's budgets.
// The npm builds themselves are tsc's per-module ESM output (Lit stays a dependency).
// See docs/decisions/0002-build.md.
import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './scripts/rollup-minify-templates.mjs';
import {explicitMsgIds} from './scripts/rollup-explicit-msg-ids.mjs';
import {WIDGETS} from './scripts/packages.mjs';

const BUDGETED = WIDGETS.filter((p) => p.size);

/** What a page that uses only one widget imports: the modules that register its tags. */
const sizeEntry = {
  name: 'careloop-size-entry',
  resolveId: (id) => (id.startsWith('size-entry:') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0size-entry:')) return null;
    const widget = BUDGETED.find((p) => p.name === id.slice('\0size-entry:'.length));
    return widget.elements.map((tag) => `import '${widget.pkg.name}/${tag}.js';`).join('\n');
  },
};

const plugins = ({templates = 'minified'} = {}) => [
  ...(templates === 'minified' ? [minifyTemplates()] : []),
  explicitMsgIds(),
  nodeResolve({exportConditions: ['default', 'module', 'import'], preferBuiltins: false}),
  terser({
    ecma: 2021,
    module: true,
    toplevel: true,
    compress: {passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true},
    // Only the notice a bundled licence asks for (see fhirpathLicence) survives.
    format: {comments: (_node, comment) => comment.value.includes('LICENSE-fhirpath.md')},
  }),
];

/**
 * fhirpath.js's licence asks that a binary redistribution include its licence file: the
 * chunk that bundles it names the file, and the file is written beside it.
 */
const usesFhirpath = (chunk) => chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]fhirpath[\\/]/.test(id));
const FHIRPATH_BANNER =
  '/*! Includes fhirpath.js (LHNCBC, NLM; Health Samurai), under its BSD-style licence: see LICENSE-fhirpath.md beside this file. */';
const fhirpathLicence = () => ({
  name: 'careloop-fhirpath-licence',
  generateBundle(_options, bundle) {
    if (Object.values(bundle).some((file) => file.type === 'chunk' && usesFhirpath(file)))
      this.emitFile({
        type: 'asset',
        fileName: 'LICENSE-fhirpath.md',
        source: readFileSync('node_modules/fhirpath/LICENSE.md', 'utf8'),
      });
  },
});

const onwarn = (warning) => {
  // Lit's modules use `this` at top level in a way that is safe; anything else is an error.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  throw new Error(warning.message);
};

export default [
  {
    input: 'packages/careloop/dist/index.js',
    // One file a page loads, careloop.js; only locales and DOMPurify are split off.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'packages/careloop/dist',
      entryFileNames: 'careloop.js',
      chunkFileNames: 'careloop-[name].js',
      format: 'es',
      sourcemap: true,
      banner: (chunk) => (usesFhirpath(chunk) ? FHIRPATH_BANNER : ''),
    },
    plugins: [...plugins(), fhirpathLicence()],
    onwarn,
  },
  // The same for a page whose elements were rendered on the server (careloop/ssr): Lit's
  // hydration support first, so each element takes over its server-rendered shadow DOM.
  // Its templates are left as the server has them: hydration matches each template by a
  // digest of its strings, and minified strings would match nothing the server rendered.
  {
    input: 'packages/careloop/dist/hydrate.js',
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'packages/careloop/dist',
      entryFileNames: 'careloop-hydrate.js',
      chunkFileNames: 'careloop-hydrate-[name].js',
      format: 'es',
      sourcemap: true,
      banner: (chunk) => (usesFhirpath(chunk) ? FHIRPATH_BANNER : ''),
    },
    plugins: [...plugins({templates: 'as-written'}), fhirpathLicence()],
    onwarn,
  },
  // What a page that uses only one widget loads (scripts/check-size.mjs compares each with
  // DESIGN.md's budgets). Built one at a time, so no chunk is shared between them.
  ...[...BUDGETED.map((p) => [p.name, `size-entry:${p.name}`]), ['core-baseline', 'scripts/core-baseline.js']].map(
    ([name, input]) => ({
      input: {[name]: input},
      output: {dir: `build/size/out/${name}`, format: 'es', chunkFileNames: 'lazy-[name].js'},
      plugins: [sizeEntry, ...plugins()],
      onwarn,
    }),
  ),
];
