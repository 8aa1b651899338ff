// Bundles built from the packages' tsc output (packages/*/dist):
// - the self-contained CDN bundle packages/careloop/dist/careloop.js (Lit included),
//   with each locale and DOMPurify as lazily loaded chunks beside it;
// - the bundles that scripts/check-size.mjs measures against DESIGN.md's budgets.
// The npm builds themselves are tsc's per-module ESM output (Lit stays a dependency).
// See docs/decisions/0002-build.md.
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

const plugins = () => [
  minifyTemplates(),
  explicitMsgIds(),
  nodeResolve({exportConditions: ['default', 'module', 'import'], preferBuiltins: false}),
  terser({
    ecma: 2021,
    module: true,
    toplevel: true,
    compress: {passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true},
    format: {comments: false},
  }),
];

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
    },
    plugins: plugins(),
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
