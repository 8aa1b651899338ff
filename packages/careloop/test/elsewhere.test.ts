/**
 * A page with every widget fed a hostile corpus that names another origin wherever
 * content could make a browser fetch something: images and media in rich text and
 * rendering-xhtml, background, ping, srcset, poster and cite attributes, stylesheets,
 * CSS url(), refreshes, frames and objects. The other origin is this test server under
 * its other name, which counts every request it receives; none may arrive. A first
 * image, put there by the test itself, proves that the other origin is reachable and
 * counted, so the test cannot pass by not being able to see.
 */
import {expect} from '@open-wc/testing';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import '@careloop/feedback-form/cl-feedback-form.js';
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import {eventually, mount, settled, takeConsole, tasksRun, textOf, until} from '../../core/test/support.js';

const run = crypto.randomUUID();
const other = new URL(location.href);
other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const elsewhere = (what: string) => `${other.origin}/__elsewhere/${run}/${what}`;
const hits = async () =>
  ((await (await fetch(`/__elsewhere-log/${run}`)).json()) as {hits: string[]}).hits.map((h) => h.split('/').pop());

/** Markdown as a CMS editor might paste it, with every way Markdown or HTML could point elsewhere. */
const MARKDOWN = [
  `Read **this** first. ![a pixel](${elsewhere('md-image')})`,
  `<img src="${elsewhere('md-html-image')}"> <link rel="stylesheet" href="${elsewhere('md-link')}">`,
  `<style>@import url(${elsewhere('md-import')});</style> <p style="background:url(${elsewhere('md-style')})">x</p>`,
  `[a link](${elsewhere('md-link-target')}) <iframe src="${elsewhere('md-frame')}"></iframe>`,
].join('\n\n');

/** rendering-xhtml, which is HTML: everything that can name an address. */
const XHTML = [
  `<p>Were you <strong>told</strong>?</p>`,
  `<img src="${elsewhere('x-img')}" srcset="${elsewhere('x-srcset')} 2x">`,
  `<table background="${elsewhere('x-table-bg')}"><tr><td background="${elsewhere('x-td-bg')}">cell</td></tr></table>`,
  `<a href="/ok" ping="${elsewhere('x-ping')}">a link</a>`,
  `<video poster="${elsewhere('x-poster')}" src="${elsewhere('x-video')}"></video>`,
  `<audio src="${elsewhere('x-audio')}"></audio><picture><source srcset="${elsewhere('x-source')}"></picture>`,
  `<blockquote cite="${elsewhere('x-cite')}">q</blockquote>`,
  `<link rel="stylesheet" href="${elsewhere('x-stylesheet')}"><style>@import "${elsewhere('x-import')}";</style>`,
  `<p style="background-image:url(${elsewhere('x-style')})">styled</p>`,
  `<object data="${elsewhere('x-object')}"></object><embed src="${elsewhere('x-embed')}">`,
  `<iframe src="${elsewhere('x-iframe')}"></iframe><frame src="${elsewhere('x-frame')}">`,
  `<svg><image href="${elsewhere('x-svg-image')}"/></svg>`,
  `<input type="image" src="${elsewhere('x-input')}"><form action="${elsewhere('x-form')}"></form>`,
  `<meta http-equiv="refresh" content="0;url=${elsewhere('x-refresh')}"><base href="${elsewhere('x-base')}/">`,
  `<div lowsrc="${elsewhere('x-lowsrc')}" dynsrc="${elsewhere('x-dynsrc')}" longdesc="${elsewhere('x-longdesc')}">d</div>`,
].join('');

describe('a page of hostile content', () => {
  it('makes no request to any other origin, from any widget', async () => {
    // The control: this image is the test's own, and the other origin must count it.
    const control = document.createElement('img');
    control.src = elsewhere('control');
    document.body.append(control);
    await eventually(async () => (await hits()).includes('control'), 'the other origin to count the control image');
    control.remove();

    const card = document.createElement('cl-guide-card');
    card.item = {title: 'Visiting hours', kind: 'guide', summary: MARKDOWN, url: elsewhere('card-link')};
    const list = document.createElement('cl-guide-list');
    list.items = [
      {title: 'A change', kind: 'change', youSaid: MARKDOWN, weDid: MARKDOWN},
      {title: 'A project', kind: 'project', summary: MARKDOWN, goals: [MARKDOWN]},
    ];
    const consent = document.createElement('cl-consent-prompt');
    consent.config = {
      policy: {id: 'p', version: '1', url: elsewhere('policy-link')},
      controller: 'Riverside Hospital',
      purposes: [{id: 'contact', title: 'Contact me', description: MARKDOWN}],
    };
    const workshops = document.createElement('cl-workshop-signup');
    workshops.items = [
      {
        id: 'w',
        title: 'A workshop',
        description: MARKDOWN,
        start: '2031-03-12T18:00',
        end: '2031-03-12T20:00',
        timeZone: 'Europe/London',
        format: 'in-person',
        accessibility: MARKDOWN,
      },
    ];
    const form = document.createElement('cl-feedback-form');
    form.questionnaire = {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'told',
          type: 'boolean',
          text: 'Were you told?',
          _text: {extension: [{url: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml', valueString: XHTML}]},
        },
        {
          linkId: 'intro',
          type: 'display',
          text: MARKDOWN,
          extension: [
            {
              url: 'http://hl7.org/fhir/StructureDefinition/rendering-markdown',
              valueMarkdown: MARKDOWN,
            },
          ],
        },
      ],
    };
    const widgets = [card, list, consent, workshops, form];
    for (const widget of widgets) mount(widget);
    await Promise.all(widgets.map((widget) => settled(widget)));
    await until(() => form.shadowRoot!.querySelector('.rich strong') !== null, "the question's sanitised HTML");
    await until(() => textOf(card.shadowRoot).includes('Read this first'), 'the card');
    await until(() => list.shadowRoot!.querySelectorAll('article').length === 2, 'the list');
    await until(() => consent.shadowRoot!.querySelector('.purposes') !== null, 'the consent prompt');
    await until(() => workshops.shadowRoot!.querySelector('.workshop') !== null, 'the workshop');
    await tasksRun();

    // Nothing in any shadow root can fetch: the structure that makes the count true.
    for (const widget of widgets) {
      const root = widget.shadowRoot!;
      expect(
        root.querySelectorAll(
          'img, picture, source, video, audio, iframe, frame, object, embed, link, style, svg, meta, base, input[type="image"], form[action]',
        ),
        widget.localName,
      ).to.have.length(0);
      expect(
        root.querySelectorAll(
          '[background], [ping], [srcset], [poster], [cite], [style], [lowsrc], [dynsrc], [longdesc]',
        ),
      ).to.have.length(0);
    }
    // And the other origin, asked after all that was placed, heard only the control.
    expect(await hits()).to.deep.equal(['control']);
    const resources = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin !== location.origin && !name.endsWith('/control'));
    expect(resources).to.deep.equal([]);
    takeConsole();
  });
});
