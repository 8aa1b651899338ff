import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CareloopErrorDetail} from '@careloop/core';
import '@careloop/guide-cards/cl-guide-card.js';
import type {GuideCard} from '@careloop/guide-cards';
import {THEMES} from '@careloop/core';
import {
  expectAccessible,
  mount,
  settled,
  tasksRun,
  textOf,
  until,
  useDocumentLanguage,
} from '../../core/test/support.js';
import {CHANGE, GUIDE, PROJECT} from './fixtures.js';

const root = (el: GuideCard) => el.shadowRoot!;
const $ = (el: GuideCard, selector: string) => root(el).querySelector<HTMLElement>(selector);
const meta = (el: GuideCard) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('.meta__row')].map((row) => [
      textOf(row.querySelector('dt')),
      textOf(row.querySelector('dd')),
    ]),
  );

/** Puts focus just before the card, then presses Tab as a keyboard user would. */
async function tabInto(el: GuideCard): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({press: 'Tab'});
  before.remove();
}

async function card(item: unknown, attrs = ''): Promise<GuideCard> {
  const el = document.createElement('cl-guide-card');
  el.innerHTML = attrs;
  el.item = item;
  mount(el);
  await settled(el);
  return el;
}

describe('<cl-guide-card>', () => {
  describe('defaults', () => {
    it('says there is nothing to show yet, rather than rendering a blank box', async () => {
      const el = await fixture<GuideCard>(html`<cl-guide-card></cl-guide-card>`);
      expect(textOf($(el, '.status'))).to.equal('No guide to show yet.');
      await expectAccessible(el);
    });

    it('uses a level-3 heading and the light theme', async () => {
      const el = await card(GUIDE);
      expect(el.headingLevel).to.equal(3);
      expect($(el, 'h3.card__title')).to.exist;
      expect(el.getAttribute('theme')).to.equal('light');
    });
  });

  describe('a guide', () => {
    it('leaves the language of its text to the page when the item does not name one', async () => {
      const el = await card(GUIDE);
      expect($(el, '.card__title')!.hasAttribute('lang')).to.equal(false);
    });

    it('shows everything a reader needs to choose it', async () => {
      const el = await card(GUIDE);
      expect(textOf($(el, '.card__title'))).to.equal(GUIDE.title);
      expect($(el, '.card__link')!.getAttribute('href')).to.equal('/guides/working-groups');
      expect([...root(el).querySelectorAll('.card__summary li')].map(textOf)).to.deep.equal([
        'Before the first meeting',
        'During the work',
        'After: tell people what changed',
      ]);
      expect(meta(el)).to.deep.equal({
        For: 'Families and Professionals',
        Themes: 'Partnership and Co-design',
        Format: 'PDF document',
        'Available in': 'English, français',
        'Reading time': '12 minutes',
        Updated: 'March 1, 2026',
        'Co-created with': 'Family partners committee',
      });
      expect($(el, 'span[lang="fr"]')!.textContent).to.equal('français');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2026-03-01');
      const image = $(el, 'img') as HTMLImageElement;
      expect(image.alt).to.equal('Parents and staff around a table');
      await expectAccessible(el);
    });

    it('announces the download’s file type and size', async () => {
      const el = await card(GUIDE);
      const link = $(el, '.card__download') as HTMLAnchorElement;
      expect(link.hasAttribute('download')).to.equal(true);
      expect(link.getAttribute('href')).to.equal('/files/working-groups.pdf');
      expect(textOf(link)).to.match(/^Download: Bringing patient resources into working groups \(PDF, 1\.3\sMB\)$/);
    });

    it('is one real link whose hit area covers the whole card (no card wrapped in <a>)', async () => {
      const el = await card(GUIDE);
      expect(root(el).querySelectorAll('a .card__body, a article')).to.have.length(0);
      el.style.maxInlineSize = '360px';
      const hitAt = (selector: string) => {
        $(el, selector)!.scrollIntoView({block: 'center'});
        const box = $(el, selector)!.getBoundingClientRect();
        return root(el).elementFromPoint(box.left + 4, box.top + box.height / 2)?.className;
      };
      // A click on the summary, the details or the image lands on the title link…
      expect(hitAt('.card__summary')).to.equal('card__link');
      expect(hitAt('.meta')).to.equal('card__link');
      expect(hitAt('.card__image')).to.equal('card__link');
      // …while the download link stays clickable on its own.
      expect(hitAt('.card__download')).to.equal('card__download');
    });

    it('is reached by keyboard: Tab goes to the title link, then the download', async () => {
      const el = await card(GUIDE);
      await tabInto(el);
      expect(root(el).activeElement?.className).to.equal('card__link');
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement?.className).to.equal('card__download');
    });

    it('draws the focus ring around the whole card when the title link has focus', async () => {
      const el = await card(GUIDE);
      await tabInto(el);
      const ring = getComputedStyle($(el, '.card__link')!, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    });

    it('is not a link at all when the item has no url', async () => {
      const el = await card({...GUIDE, url: undefined});
      expect($(el, '.card__link')).to.equal(null);
      expect(textOf($(el, '.card__title'))).to.equal(GUIDE.title);
      await expectAccessible(el);
    });
  });

  describe('a project', () => {
    it('shows lead, organisation, theme, region, status, period, goals, partners and progress', async () => {
      const el = await card(PROJECT);
      expect(textOf($(el, '.card__kind'))).to.equal('Project Ongoing');
      expect(meta(el)).to.deep.include({
        Lead: 'Wenche Hansen',
        Organisation: 'USHT Østfold',
        Themes: 'Patient pathways',
        Region: 'Østfold',
        Partners: 'KS, Folkehelseinstituttet, and Sykehuset Østfold',
      });
      expect(meta(el)['Period']).to.match(/November 2018\s?–\s?April 2020/);
      expect(root(el).querySelectorAll('.goals li')).to.have.length(2);
      expect($(el, '[part="progress-link"]')!.getAttribute('href')).to.equal('/projects/ostfold/progress');
      // The item's own text carries its language (WCAG 3.1.2), the labels do not.
      expect($(el, '.card__title')!.lang).to.equal('en-GB');
      expect($(el, '.card__summary')!.lang).to.equal('en-GB');
      expect($(el, '.goals ul')!.lang).to.equal('en-GB');
      expect($(el, '.meta')!.lang).to.equal('');
      await expectAccessible(el);
    });

    it('shows an open-ended period as "From …"', async () => {
      const el = await card({...PROJECT, end: undefined, status: 'planned'});
      expect(meta(el)['Period']).to.equal('From November 2018');
      expect(textOf($(el, '[part="status"]'))).to.equal('Planned');
    });
  });

  describe('a "You said, we did" change', () => {
    it('shows what people said, what changed, where and when', async () => {
      const el = await card(CHANGE);
      expect(textOf($(el, '.card__kind'))).to.equal('You said, we did');
      const parts = [...root(el).querySelectorAll('.change__part')].map((p) => [
        textOf(p.querySelector('dt')),
        textOf(p.querySelector('dd')),
      ]);
      expect(parts).to.deep.equal([
        ['You said', CHANGE.youSaid],
        ['We did', CHANGE.weDid],
      ]);
      expect(meta(el)).to.deep.equal({Where: 'Children’s ward', When: 'January 15, 2026'});
      await expectAccessible(el);
      const french = await card({...CHANGE, id: 'fr', lang: 'fr'});
      expect($(french, '.change')!.lang).to.equal('fr');
      expect($(french, '.change dt')!.lang).to.equal('en');
    });

    it('requires both halves', async () => {
      const el = document.createElement('cl-guide-card');
      el.item = {...CHANGE, weDid: undefined};
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      expect((await event).detail.problems.map((p) => p.path)).to.deep.equal(['item.weDid']);
    });
  });

  describe('attributes and properties', () => {
    it('takes the heading level from heading-level, and returns to 3 without it', async () => {
      const el = await card(GUIDE);
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect($(el, 'h2.card__title')).to.exist;
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect($(el, 'h3.card__title')).to.exist;
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect($(el, 'h3.card__title')).to.exist;
    });

    for (const level of [2, 4, 5, 6]) {
      it(`renders an h${level} for heading-level="${level}"`, async () => {
        const el = await card(GUIDE, '');
        el.headingLevel = level;
        await el.updateComplete;
        expect($(el, `h${level}.card__title`)).to.exist;
      });
    }

    it('reads inline JSON, as a CMS page gives it', async () => {
      const el = await fixture<GuideCard>(
        html`<cl-guide-card
          ><script type="application/json">
            ${JSON.stringify(CHANGE)}
          </script></cl-guide-card
        >`,
      );
      expect(textOf($(el, '.card__title'))).to.equal(CHANGE.title);
    });

    it('loads an item from src', async () => {
      const el = await fixture<GuideCard>(
        html`<cl-guide-card src="/__slow/200/packages/guide-cards/test/fixtures/project.json"></cl-guide-card>`,
      );
      expect(textOf($(el, '[role="status"]'))).to.equal('Loading…');
      await until(() => $(el, '.card__title') !== null, 'the card to load');
      expect(textOf($(el, '.card__title'))).to.equal('Learning network (from src)');
    });

    for (const theme of THEMES) {
      it(`passes axe in the ${theme} theme`, async () => {
        const el = await card(PROJECT);
        el.theme = theme;
        await el.updateComplete;
        await expectAccessible(el);
      });
    }
  });

  describe('bad input', () => {
    it('reports a missing title and shows no card', async () => {
      const el = document.createElement('cl-guide-card');
      el.item = {url: '/x'};
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      const {detail} = await event;
      await el.updateComplete;
      expect(detail.code).to.equal('required');
      expect(detail.problems[0]!.path).to.equal('item.title');
      expect($(el, 'article')).to.equal(null);
      expect(textOf($(el, '[role="alert"]'))).to.contain('item.title: this field is required but is missing.');
      await expectAccessible(el);
    });

    it('reports an unknown kind, naming the allowed ones', async () => {
      const el = await card({...GUIDE, kind: 'poster'});
      expect(textOf($(el, '[role="alert"]'))).to.contain(
        'item.kind: expected one of guide, project, change, got "poster".',
      );
    });

    it('treats an image without alt as a configuration error and leaves the image out', async () => {
      const el = await card({...GUIDE, image: {src: '/packages/guide-cards/test/fixtures/card.svg'}});
      expect(textOf($(el, '[role="alert"]'))).to.contain('item.image.alt: this field is required');
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'article')).to.exist;
    });

    it('keeps a decorative image whose alt is empty', async () => {
      const el = await card({...GUIDE, image: {src: '/packages/guide-cards/test/fixtures/card.svg', alt: ''}});
      expect(($(el, 'img') as HTMLImageElement).alt).to.equal('');
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('names wrong types and keeps the rest of the card', async () => {
      const el = await card({
        ...GUIDE,
        lang: 'not a tag',
        readingMinutes: 'ten',
        updated: 'yesterday',
        audience: ['families', 'aliens'],
        languages: ['??'],
        download: 'file.pdf',
      });
      const text = textOf($(el, '[role="alert"]'));
      expect(text).to.contain('item.readingMinutes: expected a whole number of zero or more, got "ten".');
      expect(text).to.contain('item.updated: expected an ISO 8601 date such as 2026-03-01, got "yesterday".');
      expect(text).to.contain(
        'item.audience[1]: expected one of patients, families, carers, professionals, got "aliens".',
      );
      expect(text).to.contain('item.languages[0]');
      expect(text).to.contain('item.lang: expected a language tag such as fr-CA, got "not a tag".');
      expect(text).to.contain('item.download: expected an object');
      expect(meta(el)['For']).to.equal('Families');
      expect(textOf($(el, '.card__title'))).to.equal(GUIDE.title);
      await expectAccessible(el);
    });

    it('refuses a JSON array or a number where an item should be', async () => {
      const el = await card([GUIDE]);
      expect(textOf($(el, '[role="alert"]'))).to.contain('item: expected an object');
    });
  });

  describe('hostile input', () => {
    const hostile = {
      id: '"><script>window.__pwned=1</script>',
      title: '<img src=x onerror="window.__pwned=1">',
      summary:
        '<script>window.__pwned=1</script> [x](javascript:window.__pwned=1) <iframe src="javascript:1"></iframe>',
      url: 'javascript:window.__pwned=1',
      themes: ['</style><style>*{display:none}</style>'],
      lead: '{{constructor.constructor("window.__pwned=1")()}}',
      kind: 'project',
      organisation: 'x" style="position:fixed;inset:0',
      download: {url: 'data:text/html,<script>window.__pwned=1</script>', type: 'text/html'},
      image: {src: 'javascript:window.__pwned=1', alt: '" onerror="window.__pwned=1'},
      progressUrl: ' JaVaScRiPt:window.__pwned=1',
    };

    it('renders every field as inert text, refuses the scripted links, and says so', async () => {
      delete (window as {__pwned?: number}).__pwned;
      const el = await card(hostile);
      await tasksRun();
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
      expect(root(el).querySelectorAll('script, iframe, img, style, [onerror]')).to.have.length(0);
      for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).not.to.match(/script|data:/i);
      expect(textOf($(el, '.card__title'))).to.equal(hostile.title);
      expect($(el, '.card__link')).to.equal(null);
      const alert = textOf($(el, '[role="alert"]'));
      for (const path of ['item.url', 'item.download.url', 'item.image.src', 'item.progressUrl'])
        expect(alert).to.contain(path);
      expect(getComputedStyle($(el, 'article')!).display).to.equal('flex');
      await expectAccessible(el);
    });
  });

  describe('languages and direction', () => {
    afterEach(async () => {
      document.documentElement.dir = '';
      await useDocumentLanguage('en');
    });

    it('follows <html lang> live', async () => {
      const el = await card(PROJECT);
      await useDocumentLanguage('fr');
      await el.updateComplete;
      expect(textOf($(el, '.card__kind'))).to.equal('Projet En cours');
      expect(meta(el)['Responsable']).to.equal('Wenche Hansen');
      await useDocumentLanguage('nb-NO');
      await el.updateComplete;
      expect(textOf($(el, '.card__kind'))).to.equal('Prosjekt Pågående');
      expect(meta(el)['Periode']).to.match(/november 2018\s?–\s?april 2020/);
      await useDocumentLanguage('sv');
      await el.updateComplete;
      expect(meta(el)['Projektledare']).to.equal('Wenche Hansen');
      await expectAccessible(el);
    });

    it('lays out right to left with dir="rtl"', async () => {
      document.documentElement.dir = 'rtl';
      const el = await card(CHANGE);
      const article = $(el, 'article')!;
      const style = getComputedStyle(article);
      // The accent border is on the inline start: the right, in right-to-left.
      expect(style.borderRightWidth).to.equal('6px');
      expect(style.borderLeftWidth).to.equal('1px');
      const dt = $(el, '.meta__row dt')!.getBoundingClientRect();
      const dd = $(el, '.meta__row dd')!.getBoundingClientRect();
      expect(dt.left).to.be.greaterThan(dd.left);
    });
  });
});
