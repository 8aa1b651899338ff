/** Elements that stand on lines of their own. */
const BLOCK = /^(?:P|DIV|UL|OL|LI|H\d|BLOCKQUOTE|TABLE|TR)$/;

/**
 * The words shown, as the record keeps them: one line a paragraph, `- ` or `1. ` before
 * each list item, `**` and `_` around emphasis, and every link's address after its words, in brackets,
 * so that two displays that differ give two texts (and two digests), and the text reads
 * as it was shown. Plain text, readable by a person checking a record years later.
 */
export function evidenceText(elements: Iterable<Element>): string {
  const lines: string[] = [];
  let line = '';
  const end = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.tagName;
    if (tag === 'BR') {
      end();
      return;
    }
    const block = BLOCK.test(tag);
    if (block) end();
    if (tag === 'LI') {
      const list = node.parentElement;
      line = list?.tagName === 'OL' ? `${[...list.children].indexOf(node) + 1}. ` : '- ';
    }
    const mark = /^(?:STRONG|B)$/.test(tag) ? '**' : /^(?:EM|I)$/.test(tag) ? '_' : '';
    line += mark;
    node.childNodes.forEach(walk);
    line += mark;
    if (tag === 'A' && node.hasAttribute('href')) line += ` (${(node as HTMLAnchorElement).href})`;
    if (block) end();
  };
  for (const element of elements) {
    walk(element);
    end();
  }
  return lines.join('\n');
}
