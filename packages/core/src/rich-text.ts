import {html, nothing, type TemplateResult} from 'lit';
import {isSafeUrl} from './validate.js';

/**
 * The Markdown that configuration fields marked *md* accept, rendered without
 * ever parsing HTML.
 *
 * Supported: paragraphs, bullet and numbered lists, `**strong**`, `*emphasis*`,
 * `` `code` ``, `[links](https://…)` and bare https:// addresses. Headings become
 * bold paragraphs (a card must not break the page's heading outline).
 *
 * Safety comes from construction, not from cleaning: the text is split into
 * pieces that Lit renders as text nodes, so `<script>`, `<img onerror>`,
 * `<iframe>` or `<form>` in the source show up as the literal characters the
 * author typed. Links keep only http, https, mailto, tel or relative addresses;
 * any other link is shown as its text. HTML fields (such as FHIR rendering-xhtml)
 * go through {@link sanitizeHtml} instead. See docs/decisions/0003-rich-text.md.
 */
export function renderMarkdown(source: string | undefined | null): TemplateResult | typeof nothing {
  if (!source || source.trim() === '') return nothing;
  // The same text is rendered again on every update: it is parsed once (a template
  // result holds no state, so one can be rendered in many places).
  if (parsed.size > 500) parsed.clear();
  return parsed.get(source) ?? parsed.set(source, html`${parseBlocks(source).map(renderBlock)}`).get(source)!;
}

const parsed = new Map<string, TemplateResult>();

type Block = {kind: 'paragraph'; text: string; strong: boolean} | {kind: 'list'; ordered: boolean; items: string[]};

// Every pattern here is linear in the length of its input: nothing that can fail after a
// run of repeats (a CMS page can hold anything, and servers render it too).
const BULLET = /^\s{0,3}[-*+]\s+([^]*)/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+([^]*)/;

/** The text of an ATX heading line (`## Title ##`), without its marks; undefined when the line is none. */
function headingText(line: string): string | undefined {
  const text = line.trimStart();
  if (line.length - text.length > 3) return undefined;
  let level = 0;
  while (text[level] === '#') level++;
  if (level < 1 || level > 6 || !/\s/.test(text[level] ?? '')) return undefined;
  let end = text.trimEnd().length;
  while (text[end - 1] === '#') end--;
  return text.slice(level, end).trim();
}

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (current?.kind !== 'list' || current.ordered !== ordered) {
        current = {kind: 'list', ordered, items: []};
        blocks.push(current);
      }
      current.items.push(item[1]!);
      continue;
    }
    const heading = headingText(line);
    if (heading !== undefined) {
      blocks.push({kind: 'paragraph', text: heading, strong: true});
      current = undefined;
      continue;
    }
    if (current?.kind === 'list') {
      // A continuation line belongs to the last list item.
      const last = current.items.length - 1;
      current.items[last] = `${current.items[last] ?? ''} ${line.trim()}`;
    } else if (current?.kind === 'paragraph' && !current.strong) {
      current.text += ` ${line.trim()}`;
    } else {
      current = {kind: 'paragraph', text: line.trim(), strong: false};
      blocks.push(current);
    }
  }
  return blocks;
}

function renderBlock(block: Block): TemplateResult {
  if (block.kind === 'list') {
    const items = block.items.map((item) => html`<li>${renderInline(item)}</li>`);
    return block.ordered
      ? html`<ol>
          ${items}
        </ol>`
      : html`<ul>
          ${items}
        </ul>`;
  }
  return block.strong
    ? html`<p><strong>${renderInline(block.text)}</strong></p>`
    : html`<p>${renderInline(block.text)}</p>`;
}

const INLINE = new RegExp(
  [
    /\\([\\`*_[\]()#+\-.!<>])/.source, // 1 escaped character
    /`([^`]+)`/.source, // 2 code
    // Strong text ends at the next pair of marks: it never looks past them.
    /\*\*(?!\s)((?:(?!\*\*)[^])+?)(?<!\s)\*\*/.source, // 3 strong
    /__(?!\s)((?:(?!__)[^])+?)(?<!\s)__/.source, // 4 strong
    /\*(\S(?:[^*]*?\S)?)\*/.source, // 5 emphasis
    /(?<![\p{L}\p{N}])_(\S(?:[^_]*?\S)?)_(?![\p{L}\p{N}])/u.source, // 6 emphasis
    // A link's text holds no bracket and its address no parenthesis: each is read once.
    /\[([^[\]]+)\]\(\s*([^()\s]+)\s*\)/.source, // 7 text, 8 address
    /(https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]'"])/.source, // 9 bare address
  ].join('|'),
  'gu',
);

type Inline = string | TemplateResult;

/** Renders one line of inline Markdown as text and a few safe elements. */
export function renderInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) out.push(text.slice(last, index));
    last = index + match[0].length;
    const [, escaped, code, strong1, strong2, em1, em2, linkText, linkUrl, bare] = match;
    if (escaped !== undefined) out.push(escaped);
    else if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (strong1 !== undefined || strong2 !== undefined)
      out.push(html`<strong>${renderInline(strong1 ?? strong2!)}</strong>`);
    else if (em1 !== undefined || em2 !== undefined) out.push(html`<em>${renderInline(em1 ?? em2!)}</em>`);
    else if (linkText !== undefined)
      out.push(isSafeUrl(linkUrl!) ? html`<a href=${linkUrl!}>${renderInline(linkText)}</a>` : linkText);
    else if (bare !== undefined) out.push(html`<a href=${bare}>${bare}</a>`);
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
