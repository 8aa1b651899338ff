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
  return html`${parseBlocks(source).map(renderBlock)}`;
}

type Block = {kind: 'paragraph'; text: string; strong: boolean} | {kind: 'list'; ordered: boolean; items: string[]};

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

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
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({kind: 'paragraph', text: heading[1]!, strong: true});
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
    /\*\*(\S(?:.*?\S)?)\*\*/.source, // 3 strong
    /__(\S(?:.*?\S)?)__/.source, // 4 strong
    /\*(\S(?:[^*]*?\S)?)\*/.source, // 5 emphasis
    /(?<![\p{L}\p{N}])_(\S(?:[^_]*?\S)?)_(?![\p{L}\p{N}])/u.source, // 6 emphasis
    /\[([^\]]+)\]\(\s*([^)\s]+)\s*\)/.source, // 7 text, 8 address
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
