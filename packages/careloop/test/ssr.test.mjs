// careloop/ssr in plain Node: each element rendered to declarative shadow DOM with its
// styles and its words in the language asked for, hostile feed text kept as text, and a
// form post turned into the same envelope as the browser makes (or into its problems).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {
  feedbackFromFormPost,
  renderFeedbackForm,
  renderGuideCard,
  renderGuideList,
  renderWorkshopSignup,
  styleHashes,
} from 'careloop/ssr.js';

const read = (path) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8'));
const guides = read('demo/public/feeds/guides.json');
const workshops = read('demo/public/feeds/workshops.json');
const page = 'https://hospital.example/feedback';
/** The rendered HTML without Lit's markers and style blocks: what a reader of the page gets. */
const visible = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/\s+/g, ' ');

test('a guide list is declarative shadow DOM with its styles, its cards and the feed for the browser', async () => {
  const html = await renderGuideList({items: guides, locale: 'nb', headingLevel: 2});
  assert.match(
    html,
    /<cl-guide-list[^>]*heading-level="2"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
  );
  const text = visible(html);
  for (const item of guides.filter((i) => i.kind === 'guide').slice(0, 3))
    assert.ok(text.includes(item.title), item.title);
  assert.match(text, /Søk i veiledere og prosjekter/);
  const feed = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  assert.deepEqual(JSON.parse(feed), guides);
  assert.ok(styleHashes(html).every((hash) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(hash)));
});

test('hostile feed text stays text: no tag, no early end of the inline feed', async () => {
  const title = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
  const item = {id: 'x', kind: 'guide', title, summary: '<iframe src="javascript:alert(3)">', url: '/guides/x.html'};
  const html = await renderGuideCard({item});
  assert.equal(html.match(/<script/g).length, 1, 'only the inline feed is a script');
  assert.doesNotMatch(html, /<img|<iframe/);
  assert.ok(visible(html).includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  const feed = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  assert.equal(JSON.parse(feed).title, title);
});

test('the workshop list and the feedback form render in the language asked for', async () => {
  // Its times in the workshop's own zone, named: a server does not know the reader's.
  const list = visible(await renderWorkshopSignup({workshops, locale: 'fr'}));
  assert.ok(list.includes(workshops[0].title));
  assert.match(list, /mardi 16 mars 2027, 18:00–20:30 heure d’été de l’Est/);
  assert.doesNotMatch(list, /votre heure/);
  const form = await renderFeedbackForm({preset: 'fft', endpoint: '/api/feedback', locale: 'sv', service: 'ward-7'});
  const text = visible(form);
  assert.match(text, /<form class="questions" method="post" action="\/api\/feedback" novalidate/);
  assert.match(text, /Vän- och familjetestet/);
  assert.match(text, /<input type="hidden" name="cl-preset" value="fft" \/>/);
  assert.match(text, /<input type="hidden" name="cl-locale" value="sv" \/>/);
  assert.equal((text.match(/name="experience"/g) ?? []).length, 6);
  assert.doesNotMatch(text, /checked/, 'no answer is chosen for the person');
  assert.doesNotMatch(text, /Kontaktuppgifter/, 'contact details need the script, so they are not offered');
});

test('a form post becomes the same envelope as the browser sends, with a valid response', async () => {
  const fields = new URLSearchParams({
    'cl-preset': 'fft',
    'cl-locale': 'fr',
    'cl-role': 'carer',
    experience: '0',
    why: 'Merci\r\nbeaucoup',
  });
  const {envelope, problems} = await feedbackFromFormPost(fields, {page, service: 'ward-7'});
  assert.deepEqual(problems, []);
  assert.equal(envelope.kind, 'feedback');
  assert.equal(envelope.locale, 'fr');
  assert.deepEqual(envelope.source, {
    element: 'cl-feedback-form',
    version: envelope.source.version,
    page,
    service: 'ward-7',
  });
  assert.deepEqual(envelope.data.answers, {experience: 'very-good', why: 'Merci\nbeaucoup'});
  assert.deepEqual(envelope.data.respondent, {role: 'carer'});
  assert.equal(envelope.fhir.resourceType, 'QuestionnaireResponse');
  assert.equal(envelope.fhir.language, 'fr');
});

test('a form post with missing or forged answers gets the problems in its language, and no envelope', async () => {
  const forged = new URLSearchParams({'cl-preset': 'fft', 'cl-locale': 'sv', experience: '99', why: '   '});
  const {envelope, problems} = await feedbackFromFormPost(forged, {page});
  assert.equal(envelope, undefined);
  assert.deepEqual(
    problems.map((p) => [p.linkId, p.message]),
    [
      ['experience', 'Välj ett svar'],
      ['why', 'Skriv ett svar'],
    ],
  );
  const unknown = await feedbackFromFormPost(new URLSearchParams({'cl-preset': 'nope'}), {page});
  assert.equal(unknown.envelope, undefined);
  assert.equal(unknown.problems.length, 1);
});

test('a post with problems renders again with what was written, the summary and each message', async () => {
  const posted = new URLSearchParams({'cl-preset': 'fft', 'cl-locale': 'en', why: '<b>Kind</b> & quick'});
  const html = visible(await renderFeedbackForm({preset: 'fft', endpoint: '/api/feedback', posted}));
  assert.match(html, /class="error-summary"/);
  assert.match(html, /Overall, how was your experience of our service\?: Select an answer/);
  assert.match(html, /<textarea[^>]*name="why"[^>]*> &lt;b&gt;Kind&lt;\/b&gt; &amp; quick<\/textarea>/);
});

test('renders asked for at once in different languages each come out in their own', async () => {
  const locales = ['fr', 'sv', 'nb', 'en', 'sv', 'fr'];
  const forms = await Promise.all(
    locales.map((locale) => renderFeedbackForm({preset: 'fft', endpoint: '/api/feedback', locale})),
  );
  const titles = {
    en: 'Friends and Family Test',
    fr: 'Questionnaire de recommandation',
    sv: 'Vän- och familjetestet',
    nb: 'Venner og familie-testen',
  };
  forms.forEach((form, i) => assert.ok(visible(form).includes(titles[locales[i]]), locales[i]));
  const posts = await Promise.all(
    locales.map((locale) =>
      feedbackFromFormPost(new URLSearchParams({'cl-preset': 'fft', 'cl-locale': locale}), {page}),
    ),
  );
  assert.deepEqual(
    posts.map((post) => post.problems[0].message),
    [
      'Choisissez une réponse',
      'Välj ett svar',
      'Velg et svar',
      'Select an answer',
      'Välj ett svar',
      'Choisissez une réponse',
    ],
  );
});

test('every questionnaire of the coverage corpus renders on the server with its questions, not "Loading"', async () => {
  const folder = resolve(import.meta.dirname, '../../feedback-form/test/fixtures/published');
  const files = readdirSync(folder).filter((file) => file.endsWith('.json') && file !== 'floor.json');
  assert.ok(files.length >= 5);
  for (const file of files) {
    const questionnaire = JSON.parse(readFileSync(resolve(folder, file), 'utf8'));
    const html = visible(await renderFeedbackForm({questionnaire, endpoint: '/api/feedback'}));
    assert.doesNotMatch(html, /Loading the questions/, file);
    assert.match(html, /<form class="questions" method="post" action="\/api\/feedback"/, file);
    assert.ok(
      (html.match(/<(input|textarea|select)\b[^>]*\bname="(?!cl-)/g) ?? []).length > 0,
      `${file}: named answers`,
    );
  }
});

test('a PHQ-9 posted without script gets its total calculated on the server, as in the browser', async () => {
  const questionnaire = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../feedback-form/test/fixtures/published/phq-9.json'), 'utf8'),
  );
  // "Several days" (1) to the first eight questions, "More than half the days" (2) to the ninth: 10.
  const fields = new URLSearchParams([...Array.from({length: 8}, (_, i) => [`phq-${i + 1}`, '1']), ['phq-9', '2']]);
  const {envelope, problems} = await feedbackFromFormPost(fields, {questionnaire, page});
  assert.deepEqual(problems, []);
  assert.equal(envelope.data.answers.total, 10);
  assert.equal(envelope.data.preset, undefined);
  const total = envelope.fhir.item.find((item) => item.linkId === 'total');
  assert.deepEqual(total.answer, [{valueInteger: 10}]);
});

test('a form is rendered with a key, and a post that carries it is one envelope however often it is sent', async () => {
  const html = await renderFeedbackForm({preset: 'fft', endpoint: '/api/feedback'});
  const key = /<input type="hidden" name="cl-key" value="([0-9a-f-]{36})" \/>/.exec(visible(html))?.[1];
  assert.ok(key, 'a cl-key field');
  const fields = new URLSearchParams({'cl-preset': 'fft', 'cl-key': key, experience: '0', why: 'Twice'});
  const first = await feedbackFromFormPost(fields, {page});
  const again = await feedbackFromFormPost(fields, {page});
  assert.equal(first.envelope.id, key);
  assert.equal(again.envelope.id, key);
  // The form sent back with problems keeps its key; a key that is no UUID is not used.
  const incomplete = new URLSearchParams({'cl-preset': 'fft', 'cl-key': key});
  assert.ok(
    visible(await renderFeedbackForm({preset: 'fft', endpoint: '/api/feedback', posted: incomplete})).includes(key),
  );
  fields.set('cl-key', '../../etc');
  assert.match((await feedbackFromFormPost(fields, {page})).envelope.id, /^[0-9a-f-]{36}$/);
});
