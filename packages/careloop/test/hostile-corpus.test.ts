/**
 * The OWASP filter-evasion strings (script tags in every disguise, encoded and split
 * `javascript:` schemes, handlers, mutation XSS, template injection) in every text
 * field of every widget's configuration, in three engines. Twice for each widget: once
 * in every string of its configuration (so most fields are wrong, and the problem box
 * shows what it found), once in its words only (so the widget renders them). Whatever
 * is shown: no script ran, no element has a handler attribute, no link or source is
 * `javascript:`, `data:` or `vbscript:`, and no request went to another origin.
 */
import {expect} from '@open-wc/testing';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import '@careloop/feedback-form/cl-feedback-form.js';
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import {eventually, fixture, mount, settled, takeConsole, tasksRun} from '../../core/test/support.js';

const run = crypto.randomUUID();
const other = new URL(location.href);
other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const elsewhere = `${other.origin}/__elsewhere/${run}/corpus`;
const hits = async () => ((await (await fetch(`/__elsewhere-log/${run}`)).json()) as {hits: string[]}).hits;

const RUN = '__clXss=1';
const CORPUS = [
  `<script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'';!--"<XSS>=&{()}`,
  `<IMG SRC="javascript:${RUN};">`,
  `<IMG SRC=JaVaScRiPt:${RUN}>`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}>`,
  `<IMG SRC="jav&#x09;ascript:${RUN};">`,
  `<IMG """><SCRIPT>${RUN}</SCRIPT>">`,
  `<img src=x onerror=${RUN}>`,
  `<svg/onload=${RUN}>`,
  `<BODY ONLOAD=${RUN}>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<<SCRIPT>${RUN};//<</SCRIPT>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<details open ontoggle=${RUN}>`,
  `[x](javascript:${RUN}) [y](JaVaScRiPt:${RUN}) [z]( javascript:${RUN})`,
  `[x](&#106;avascript:${RUN}) [y](data:text/html,<script>${RUN}</script>) [z](vbscript:${RUN})`,
  `javascript:${RUN}`,
  `\u0000javascript:${RUN}`,
  ` java\tscript:${RUN}`,
  `data:text/html;base64,PHNjcmlwdD5fX2NsWHNzPTE8L3NjcmlwdD4=`,
  `![x](${elsewhere}) <img src="${elsewhere}"> [a](${elsewhere})`,
  `{{constructor.constructor('${RUN}')()}} \${${RUN}} <%= ${RUN} %>`,
  `**bold <b onmouseover=${RUN}>x</b>** _em_ # heading <style>*{display:none}</style>`,
];

/** Fields that hold words a person reads, or a link they follow (the rest are ids, dates, kinds, zones). */
const WORDS = new Set([
  'title',
  'summary',
  'description',
  'text',
  'youSaid',
  'weDid',
  'lead',
  'organisation',
  'region',
  'service',
  'accessibility',
  'name',
  'address',
  'controller',
  'retention',
  'changes',
  'display',
  'prefix',
  'valueString',
  'goals',
  'partners',
  'themes',
  'coCreatedWith',
  'role',
  'alt',
  'url',
  'progressUrl',
]);

/** The example with its strings replaced by corpus entries in turn: every string, or only words. */
function poisoned(example: unknown, offset: number, onlyWords: boolean): unknown {
  let n = offset;
  const visit = (value: unknown, key: string, inWords: boolean): unknown => {
    if (typeof value === 'string') return onlyWords && !inWords ? value : CORPUS[n++ % CORPUS.length];
    if (Array.isArray(value)) return value.map((v) => visit(v, key, inWords));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k, inWords || WORDS.has(k))]));
    return value;
  };
  return visit(example, '', false);
}

/** Every element below `root`, into open shadow roots. */
function* elements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

const SCHEME = /^(?:javascript|data|vbscript):/;
/** What a browser would take as the scheme: control characters and whitespace removed, lower case. */
const scheme = (value: string) => value.replace(/[\p{Cc}\s]/gu, '').toLowerCase();

// The demo portal's feed: every kind of item, with links, images, downloads and progress.
const guides = await fixture<unknown[]>(new URL('../../../demo/public/feeds/guides.json', import.meta.url));
const workshops = await fixture<unknown[]>(
  new URL('../../workshop-signup/test/fixtures/workshops.json', import.meta.url),
);
const questionnaire = await fixture(new URL('../../feedback-form/test/fixtures/every-type.json', import.meta.url));
const consent = {
  policy: {id: 'involvement', version: '3', url: '/privacy/involvement', changes: 'What changed'},
  controller: 'Riverside Hospital',
  retention: 'two years',
  purposes: [
    {id: 'contact', title: 'Contact me', description: 'By **e-mail**.', required: true},
    {id: 'story', title: 'Use my story', description: 'Without your name.'},
  ],
};
const CASES: [tag: string, property: string, example: unknown][] = [
  ['cl-guide-card', 'item', guides[0]],
  ['cl-guide-list', 'items', guides],
  ['cl-workshop-signup', 'items', workshops],
  ['cl-consent-prompt', 'config', consent],
  ['cl-feedback-form', 'questionnaire', questionnaire],
];

describe('the OWASP corpus in every text field', () => {
  afterEach(() => takeConsole());

  for (const [tag, property, example] of CASES) {
    for (const onlyWords of [false, true]) {
      it(`<${tag}>, ${onlyWords ? 'in its words' : 'in every string'}: no script, handler, unsafe link or request elsewhere`, async () => {
        for (let offset = 0; offset < CORPUS.length; offset++) {
          const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<unknown>};
          Object.assign(el, {[property]: poisoned(example, offset, onlyWords)});
          mount(el);
          await settled(el);
          await tasksRun();
          for (const node of elements(el.shadowRoot!)) {
            for (const {name, value} of node.attributes) {
              expect(name.startsWith('on'), `${node.localName}[${name}]`).to.equal(false);
              if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'].includes(name))
                expect(SCHEME.test(scheme(value)), `${node.localName}[${name}="${value}"]`).to.equal(false);
            }
          }
          el.remove();
        }
        expect((window as {__clXss?: number}).__clXss, 'a script ran').to.equal(undefined);
      });
    }
  }

  it('made no request to another origin', async () => {
    // The control: the other origin counts what reaches it.
    const control = document.createElement('img');
    control.src = `${elsewhere}-control`;
    document.body.append(control);
    await eventually(async () => (await hits()).some((h) => h.endsWith('-control')), 'the control image');
    control.remove();
    expect((await hits()).filter((h) => !h.endsWith('-control'))).to.deep.equal([]);
  });
});
