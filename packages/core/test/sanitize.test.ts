import {expect} from '@open-wc/testing';
import {sanitizeHtml} from '@careloop/core';
import {mount, tasksRun} from './support.js';

async function clean(dirty: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.append(await sanitizeHtml(dirty));
  mount(host);
  await tasksRun();
  host.remove();
  return host;
}

describe('sanitizeHtml (DOMPurify)', () => {
  beforeEach(() => delete (window as {__pwned?: number}).__pwned);

  it('keeps harmless formatting, language, table structure and safe links', async () => {
    const el = await clean(
      '<p>Hello <strong>there</strong> <a href="https://example.org">link</a> <a href="/rel">rel</a></p>' +
        '<table><tr><th scope="col" lang="fr">Jour</th></tr><tr><td colspan="2">x</td></tr></table>',
    );
    expect(el.querySelector('th')!.getAttribute('scope')).to.equal('col');
    expect(el.querySelector('th')!.lang).to.equal('fr');
    expect(el.querySelector('td')!.colSpan).to.equal(2);
    expect(el.querySelector('strong')!.textContent).to.equal('there');
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org',
      '/rel',
    ]);
  });

  const hostile: [string, string][] = [
    ['<script>window.__pwned=1</script>', 'script'],
    ['<img src="/__status/204" onerror="window.__pwned=1">', '[onerror]'],
    ['<a href="javascript:window.__pwned=1">x</a>', 'a[href]'],
    ['<a href=" JAVASCRIPT:window.__pwned=1">x</a>', 'a[href]'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', 'img[src]'],
    ['<a href="data:text/html,hi">x</a>', 'a[href]'],
    ['<form action="https://evil.example"><input name="q"><button>go</button></form>', 'form, input, button'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<object data="x"></object><embed src="x">', 'object, embed'],
    ['<svg><script>window.__pwned=1</script></svg>', 'svg, script'],
    ['<p style="position:fixed;inset:0">cover</p>', '[style]'],
    ['<style>*{display:none}</style>', 'style'],
    ['<div onclick="window.__pwned=1" onmouseover="window.__pwned=1">x</div>', '[onclick], [onmouseover]'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', 'meta'],
    ['<img src="https://tracker.example/pixel.gif" alt="">', 'img'],
    ['<video src="https://elsewhere.example/v.mp4"></video><audio src="x"></audio>', 'video, audio'],
    // Every attribute that names an address, but href: nothing loads from elsewhere, no Referer leaves.
    [
      '<table background="https://elsewhere.example/t.png"><tr><td background="https://elsewhere.example/d.png">x</td></tr></table>',
      '[background]',
    ],
    ['<a href="/ok" ping="https://tracker.example/ping">x</a>', '[ping]'],
    ['<blockquote cite="https://elsewhere.example/">q</blockquote>', '[cite]'],
    [
      '<p srcset="https://elsewhere.example/a.png 1x" poster="https://elsewhere.example/p.png">x</p>',
      '[srcset], [poster]',
    ],
    [
      '<div lowsrc="https://e.example/l" dynsrc="https://e.example/d" longdesc="https://e.example/z">x</div>',
      'div[lowsrc], div[dynsrc], div[longdesc]',
    ],
    ['<a href="/ok" xlink:href="https://elsewhere.example/">x</a>', '[*|href]:not([href])'],
    // Nor ids and classes: they would clobber the widget's own.
    ['<p id="field-1" class="error">clobber</p>', '[id], [class]'],
  ];
  for (const [dirty, selector] of hostile) {
    it(`removes ${selector} from ${JSON.stringify(dirty)}`, async () => {
      const el = await clean(dirty);
      expect(el.querySelectorAll(selector), el.innerHTML).to.have.length(0);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  }
});
