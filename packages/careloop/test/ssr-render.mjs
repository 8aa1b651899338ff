// Prints what careloop/ssr renders for the hydration tests (hydrate.test.ts), in a process of
// its own so that the test runner's never sees the server renderer's globals.
// Usage: node ssr-render.mjs <guide-list|workshops|feedback> <locale> [endpoint]
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {renderFeedbackForm, renderGuideList, renderWorkshopSignup} from 'careloop/ssr.js';

const feed = (name) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../demo/public/feeds/${name}.json`), 'utf8'));
const [what, locale = 'en', endpoint = '/api/submissions'] = process.argv.slice(2);
const render = {
  'guide-list': () => renderGuideList({items: feed('guides'), locale}),
  workshops: () => renderWorkshopSignup({workshops: feed('workshops'), endpoint, locale}),
  feedback: () => renderFeedbackForm({preset: 'fft', endpoint, locale}),
}[what];
if (!render) {
  console.error(`ssr-render: nothing called ${what}`);
  process.exit(1);
}
process.stdout.write(await render());
