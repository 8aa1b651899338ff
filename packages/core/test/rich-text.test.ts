import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {renderMarkdown} from '@careloop/core';
import {tasksRun} from './support.js';

async function md(source: string | undefined): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${renderMarkdown(source)}</div>`);
}

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<form action="https://evil.example"><input name=q></form>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '[click](javascript:window.__pwned=1)',
  '[click](JaVaScRiPt:window.__pwned=1)',
  '[click](data:text/html,<script>window.__pwned=1</script>)',
  '<style>body{display:none}</style>',
  '<svg onload="window.__pwned=1"></svg>',
];

describe('renderMarkdown', () => {
  it('renders nothing for empty text', async () => {
    expect((await md('')).innerHTML.replace(/<!--.*?-->/g, '')).to.equal('');
    expect((await md(undefined)).children).to.have.length(0);
  });

  it('renders paragraphs, lists, emphasis, code and links', async () => {
    const el = await md(
      '# Why\nFirst **strong** and *soft* and _also_ and `code`.\nSame paragraph.\n\n- one\n- two [link](https://example.org/a)\n  continued\n\n1. first\n2) second\n\nSee https://example.org/b, then a snake_case_name and \\*stars\\*.',
    );
    expect(el.querySelectorAll('p')).to.have.length(3);
    expect(el.querySelector('p strong')!.textContent).to.equal('Why');
    expect(el.querySelectorAll('p')[1]!.textContent).to.equal(
      'First strong and soft and also and code. Same paragraph.',
    );
    expect(el.querySelector('p:nth-of-type(2) strong')!.textContent).to.equal('strong');
    expect([...el.querySelectorAll('em')].map((e) => e.textContent)).to.deep.equal(['soft', 'also']);
    expect(el.querySelector('code')!.textContent).to.equal('code');
    expect([...el.querySelectorAll('ul li')].map((li) => li.textContent)).to.deep.equal(['one', 'two link continued']);
    expect(el.querySelectorAll('ol li')).to.have.length(2);
    const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/a', 'https://example.org/b']);
    expect(el.textContent).to.contain('snake_case_name').and.contain('*stars*');
  });

  for (const source of HOSTILE) {
    it(`keeps ${JSON.stringify(source)} inert`, async () => {
      delete (window as {__pwned?: number}).__pwned;
      const el = await md(source);
      await tasksRun();
      expect(el.querySelectorAll('script, img, iframe, form, input, style, svg')).to.have.length(0);
      for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^https?:/);
      for (const node of el.querySelectorAll('*')) {
        expect([...node.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).to.deep.equal([]);
      }
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  }

  it('shows raw HTML as the text the author typed', async () => {
    const el = await md('<b>bold?</b>');
    expect(el.querySelector('b')).to.equal(null);
    expect(el.textContent).to.equal('<b>bold?</b>');
  });
});
