// Careloop's script for pages rendered on the server (careloop-hydrate.js, with its chunks
// and translations) is copied beside the pages: the site loads nothing from elsewhere.
export default function (config) {
  config.addPassthroughCopy({'node_modules/careloop/dist/careloop-hydrate*.js': 'careloop'});
  config.addPassthroughCopy({'node_modules/careloop/dist/LICENSE-fhirpath.md': 'careloop/LICENSE-fhirpath.md'});
  return {dir: {input: 'src', output: 'dist'}};
}
