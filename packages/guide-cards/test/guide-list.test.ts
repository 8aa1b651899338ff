import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CareloopErrorDetail} from '@careloop/core';
import '@careloop/guide-cards/cl-guide-list.js';
import type {GuideFilterChangeDetail, GuideList} from '@careloop/guide-cards';
import {
  chooseOption,
  emulateMedia,
  expectAccessible,
  mount,
  settled,
  tasksRun,
  textOf,
  until,
  useDocumentLanguage,
} from '../../core/test/support.js';
import {CHANGE, GUIDE, PROJECT, manyGuides} from './fixtures.js';

const FEED = [GUIDE, PROJECT, CHANGE];
const $ = <E extends HTMLElement = HTMLElement>(el: GuideList, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const titles = (el: GuideList) => [...el.shadowRoot!.querySelectorAll('.card__title')].map(textOf);
const count = (el: GuideList) => textOf($(el, '.count'));
const live = (el: GuideList) => textOf($(el, '[role="status"][aria-live="polite"]'));

async function list(items: unknown, attrs: Record<string, string> = {}): Promise<GuideList> {
  const el = document.createElement('cl-guide-list');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.items = items;
  mount(el);
  await settled(el);
  return el;
}

/** Types into the search box as a person would: focus it with Tab, then type. */
async function search(el: GuideList, text: string): Promise<void> {
  $<HTMLInputElement>(el, '#search')!.focus();
  await sendKeys({type: text});
  await el.updateComplete;
}

/** Chooses a filter value with the keyboard. */
const choose = (el: GuideList, id: string, value: string) =>
  chooseOption(el, $<HTMLSelectElement>(el, `#${id}`)!, value);

describe('<cl-guide-list>', () => {
  describe('defaults', () => {
    it('shows every item, newest first, with a count', async () => {
      const el = await list(FEED);
      expect(titles(el)).to.deep.equal([GUIDE.title, CHANGE.title, PROJECT.title]);
      expect(count(el)).to.equal('3 results');
      expect(live(el)).to.equal('');
      expect(el.pageSize).to.equal(24);
      expect(el.syncUrl).to.equal(false);
      await expectAccessible(el);
    });

    it('shows an empty state for an empty feed', async () => {
      const el = await list([]);
      expect(textOf($(el, '[part="empty"]'))).to.equal('No guides to show yet.');
      await expectAccessible(el);
    });

    it('says there is nothing to show yet when given nothing', async () => {
      const el = await fixture<GuideList>(html`<cl-guide-list></cl-guide-list>`);
      expect(textOf($(el, '.status'))).to.equal('No guides to show yet.');
    });

    it('offers only filters that can narrow the list', async () => {
      const el = await list(FEED);
      const labels = [...el.shadowRoot!.querySelectorAll('.controls label')].map(textOf);
      expect(labels).to.deep.equal(['Search guides and projects', 'For', 'Theme', 'Type', 'Language', 'Sort by']);
      // Every item is in one format at most here: a Format filter could not narrow anything.
      expect($(el, '#filter-format')).to.equal(null);
    });
  });

  describe('interaction', () => {
    it('filters as the person types, ignoring case and accents, and announces the count politely', async () => {
      const el = await list(manyGuides(40));
      await search(el, 'EQUIPE');
      expect(titles(el)).to.deep.equal(['Guide number 11', 'Guide number 21', 'Guide number 31', 'Guide number 1']);
      expect(count(el)).to.equal('4 results');
      await until(() => live(el) === '4 results', 'the live region');
    });

    it('matches every word typed', async () => {
      const el = await list(FEED);
      await search(el, 'network østfold');
      expect(titles(el)).to.deep.equal([PROJECT.title]);
      expect(count(el)).to.equal('1 result');
    });

    it('filters by theme, type and language from the keyboard, and fires cl-filter-change', async () => {
      const el = await list(FEED);
      const events: GuideFilterChangeDetail[] = [];
      el.addEventListener('cl-filter-change', (e) => events.push(e.detail));
      await choose(el, 'filter-kind', 'project');
      const detail = events.at(-1)!;
      expect(detail.query.filters.kind).to.equal('project');
      expect(detail.count).to.equal(1);
      expect(titles(el)).to.deep.equal([PROJECT.title]);
      await choose(el, 'filter-kind', '');
      await choose(el, 'filter-language', 'fr');
      expect(titles(el)).to.deep.equal([GUIDE.title]);
      await expectAccessible(el);
    });

    it('sorts by title', async () => {
      const el = await list(FEED);
      await choose(el, 'sort', 'title');
      expect(titles(el)).to.deep.equal([GUIDE.title, PROJECT.title, CHANGE.title]);
    });

    it('shows a helpful empty state, and a button that clears search and filters', async () => {
      const el = await list(FEED);
      await search(el, 'zebra');
      expect(titles(el)).to.deep.equal([]);
      expect(textOf($(el, '[part="empty"]'))).to.equal(
        'Nothing matches your search. Try other words or fewer filters.',
      );
      await expectAccessible(el);
      const clear = [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => textOf(b) === 'Clear search and filters',
      )!;
      clear.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
    });

    it('shows a page at a time; "Show more" adds the next page and moves focus to it', async () => {
      const el = await list(manyGuides(30), {'page-size': '12'});
      expect(titles(el)).to.have.length(12);
      const more = $(el, '[part="more"]')!;
      expect(textOf(more)).to.equal('Show more (18 left)');
      more.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(titles(el)).to.have.length(24);
      const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(focused.className).to.equal('card__link');
      expect(textOf(focused)).to.equal(titles(el)[12]);
      $(el, '[part="more"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(30);
      expect($(el, '[part="more"]')).to.equal(null);
    });

    it('goes back to the first page when the search changes', async () => {
      const el = await list(manyGuides(30), {'page-size': '10'});
      $(el, '[part="more"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(20);
      await search(el, 'guide');
      expect(titles(el)).to.have.length(10);
    });
  });

  describe('attributes and properties', () => {
    it('hides the controls with no-controls, and shows them again without it', async () => {
      const el = await list(FEED, {'no-controls': ''});
      expect($(el, '.controls')).to.equal(null);
      el.removeAttribute('no-controls');
      await el.updateComplete;
      expect($(el, '.controls')).to.exist;
    });

    it('uses the label attribute for the search region', async () => {
      const el = await list(FEED, {label: 'Search our family guides'});
      expect($(el, 'form')!.getAttribute('aria-label')).to.equal('Search our family guides');
      expect(textOf($(el, 'label[for="search"]'))).to.equal('Search our family guides');
    });

    it('keeps its own label when the label attribute is empty', async () => {
      const el = await list(FEED, {label: ' '});
      expect(textOf($(el, 'label[for="search"]'))).to.equal('Search guides and projects');
      await expectAccessible(el);
    });

    it('sets the heading level of every card', async () => {
      const el = await list(FEED, {'heading-level': '4'});
      expect(el.shadowRoot!.querySelectorAll('h4.card__title')).to.have.length(3);
    });

    it('falls back to 24 a page when page-size is not a positive whole number', async () => {
      const el = await list(manyGuides(30), {'page-size': '-3'});
      expect(titles(el)).to.have.length(24);
      el.removeAttribute('page-size');
      await el.updateComplete;
      expect(titles(el)).to.have.length(24);
    });

    it('reads inline JSON', async () => {
      const el = await fixture<GuideList>(
        html`<cl-guide-list
          ><script type="application/json">
            ${JSON.stringify(FEED)}
          </script></cl-guide-list
        >`,
      );
      expect(titles(el)).to.have.length(3);
    });

    it('replaces the feed when the items property changes', async () => {
      const el = await list(FEED);
      el.items = [CHANGE];
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([CHANGE.title]);
    });
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(history.state, '', original));

    it('reads the search and filters from the address, keeping the page’s own parameters', async () => {
      history.replaceState(history.state, '', `${location.pathname}?page=2&cl-q=working&cl-kind=guide&cl-sort=title`);
      const el = await list(FEED, {'sync-url': ''});
      expect(titles(el)).to.deep.equal([GUIDE.title]);
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('working');
      expect($<HTMLSelectElement>(el, '#filter-kind')!.value).to.equal('guide');
      expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('title');
    });

    it('writes what the person chooses into the address, so it can be shared', async () => {
      history.replaceState(history.state, '', `${location.pathname}?page=2`);
      const el = await list(FEED, {'sync-url': ''});
      await search(el, 'network');
      await choose(el, 'filter-theme', 'Patient pathways');
      const params = new URLSearchParams(location.search);
      expect(params.get('page')).to.equal('2');
      expect(params.get('cl-q')).to.equal('network');
      expect(params.get('cl-theme')).to.equal('Patient pathways');
      expect(params.has('cl-sort')).to.equal(false);
    });

    it('leaves the address alone without sync-url', async () => {
      const before = location.search;
      const el = await list(FEED);
      await search(el, 'network');
      expect(location.search).to.equal(before);
    });
  });

  describe('states', () => {
    it('shows a loading state while the feed is on its way, then the cards', async () => {
      const el = await fixture<GuideList>(
        html`<cl-guide-list src="/__slow/300/packages/guide-cards/test/fixtures/feed.json"></cl-guide-list>`,
      );
      expect(textOf($(el, '[role="status"]'))).to.equal('Loading guides…');
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      await until(() => titles(el).length === 2, 'the feed');
      expect($(el, '[part="base"]')!.hasAttribute('aria-busy')).to.equal(false);
    });
  });

  describe('bad input', () => {
    async function failing(src: string): Promise<[GuideList, CareloopErrorDetail]> {
      const el = document.createElement('cl-guide-list');
      el.src = src;
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      const {detail} = await event;
      await el.updateComplete;
      return [el, detail];
    }

    it('explains a 404 on src', async () => {
      const [el, detail] = await failing('/__status/404');
      expect(detail.code).to.equal('http-error');
      expect(textOf($(el, '[role="alert"]'))).to.contain('Could not load /__status/404: the server answered 404.');
      await expectAccessible(el);
    });

    it('explains a network error on src', async () => {
      const [el, detail] = await failing('http://127.0.0.1:9/feed.json');
      expect(detail.code).to.equal('fetch-failed');
      expect(textOf($(el, '[role="alert"]'))).to.contain('the network request failed');
    });

    it('explains a src that is not JSON', async () => {
      const [el, detail] = await failing('/packages/guide-cards/test/fixtures/card.svg');
      expect(detail.code).to.equal('invalid-json');
      expect(textOf($(el, '[role="alert"]'))).to.match(
        /^Some of this content could not be shown src: the JSON could not be read/,
      );
    });

    it('explains a feed that is not a list', async () => {
      const el = await list({items: FEED});
      expect(textOf($(el, '[role="alert"]'))).to.contain('feed: expected a list, got {"items":');
    });

    it('names each bad item and field, and still shows the good ones', async () => {
      const el = document.createElement('cl-guide-list');
      el.items = [
        GUIDE,
        {id: 'x', summary: 'no title'},
        'just a string',
        {...PROJECT, kind: 'event'},
        {...CHANGE, date: 'last week'},
        {...GUIDE},
      ];
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      const {detail} = await event;
      await el.updateComplete;
      expect(detail.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
        'required feed[1].title',
        'wrong-type feed[2]',
        'not-allowed feed[3].kind',
        'wrong-type feed[4].date',
        'duplicate-id feed[5].id',
      ]);
      expect(titles(el)).to.deep.equal([GUIDE.title, CHANGE.title]);
      const alert = textOf($(el, '[role="alert"]'));
      expect(alert).to.contain('feed[4].date: expected an ISO 8601 date such as 2026-03-01, got "last week".');
      await expectAccessible(el);
    });

    it('recovers when a good feed follows a bad one', async () => {
      const el = await list('nonsense');
      expect($(el, '[role="alert"]')).to.exist;
      el.items = FEED;
      await settled(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(titles(el)).to.have.length(3);
    });
  });

  describe('hostile input', () => {
    it('renders scripts, handlers, scripted links and CSS in any field as inert text', async () => {
      delete (window as {__pwned?: number}).__pwned;
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await list([
        {
          id: 'a',
          title: evil,
          summary: `${evil} [x](javascript:window.__pwned=1)`,
          themes: ['</style><style>*{display:none}</style>'],
          url: 'javascript:window.__pwned=1',
        },
        {id: 'b', title: 'b', kind: 'project', region: evil, partners: [evil], themes: ['Other']},
      ]);
      await choose(el, 'filter-theme', '</style><style>*{display:none}</style>');
      await tasksRun();
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('script, img, style, [onerror]')).to.have.length(0);
      expect(titles(el)).to.deep.equal([evil]);
      expect(getComputedStyle($(el, '.grid')!).display).to.equal('grid');
      await expectAccessible(el);
    });
  });

  describe('languages, direction and print', () => {
    afterEach(async () => {
      document.documentElement.dir = '';
      await useDocumentLanguage('en');
    });

    for (const [lang, label, counted] of [
      ['fr', 'Rechercher des guides et des projets', '3 résultats'],
      ['sv', 'Sök guider och projekt', '3 träffar'],
      ['nb', 'Søk i veiledere og prosjekter', '3 treff'],
    ] as const) {
      it(`speaks ${lang} when the page does`, async () => {
        const el = await list(FEED);
        await useDocumentLanguage(lang);
        await el.updateComplete;
        expect(textOf($(el, 'label[for="search"]'))).to.equal(label);
        expect(count(el)).to.equal(counted);
        await expectAccessible(el);
      });
    }

    it('uses the locale’s plural rules: 0 and 1 are singular in French', async () => {
      await useDocumentLanguage('fr');
      const el = await list(FEED);
      await search(el, 'zebra');
      expect(count(el)).to.equal('0 résultat');
    });

    it('lays the controls out right to left with dir="rtl"', async () => {
      document.documentElement.dir = 'rtl';
      const el = await list(FEED);
      const search = $(el, '.field--search')!.getBoundingClientRect();
      const sort = $(el, '#sort')!.getBoundingClientRect();
      expect(search.right).to.be.greaterThan(sort.right);
      await expectAccessible(el);
    });

    describe('media (Chromium, where the engine lets a test emulate them)', () => {
      afterEach(() => emulateMedia({media: '', features: []}));

      it('prints the cards without the controls, one under the other', async function () {
        const el = await list(manyGuides(3));
        if (!(await emulateMedia({media: 'print'}))) this.skip();
        expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
        expect(getComputedStyle($(el, '.grid')!).display).to.equal('block');
        expect(getComputedStyle($(el, '.card')!).breakInside).to.equal('avoid');
        expect(getComputedStyle($(el, '.card__link')!, '::after').display).to.equal('none');
      });

      it('keeps borders and a visible focus ring in forced colours', async function () {
        const el = await list(FEED);
        if (!(await emulateMedia({features: [{name: 'forced-colors', value: 'active'}]}))) this.skip();
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const card = getComputedStyle($(el, '.card')!);
        expect(card.borderTopStyle).to.equal('solid');
        expect(card.borderTopWidth).to.equal('1px');
        const tag = getComputedStyle($(el, '.tag')!);
        expect(tag.borderTopStyle).to.equal('solid');
        $(el, '#search')!.focus();
        await sendKeys({press: 'Tab'});
        await sendKeys({press: 'Tab'});
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        const ring = focused.classList.contains('card__link')
          ? getComputedStyle(focused, '::after')
          : getComputedStyle(focused);
        expect(ring.outlineStyle).to.equal('solid');
        await expectAccessible(el);
      });
    });

    it('reflows to one column in a narrow space (400% zoom on a 1280px screen)', async () => {
      const el = await list(FEED);
      el.style.inlineSize = '320px';
      await el.updateComplete;
      const cards = [...el.shadowRoot!.querySelectorAll('.grid > li')].map((li) => li.getBoundingClientRect());
      expect(new Set(cards.map((c) => Math.round(c.left))).size).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
});
