// Shrinks the static text of Lit's html`` and css`` templates before minification:
// terser leaves template literals alone, and most of their bytes are indentation.
// Only whitespace that cannot matter is removed: runs that contain a line break
// become one space in HTML (the browser collapses them anyway), and CSS loses the
// spaces around its punctuation. Nothing inside ${…} is touched.

const TAGS = new Set(['html', 'css', 'svg']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'careloop-minify-templates',
    transform(code, id) {
      if (!/\b(html|css|svg) ?`/.test(code) || id.includes('/node_modules/')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        if (!TAGS.has(node.tag.name)) return;
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const next = minify(raw);
          if (next !== raw) edits.push([quasi.start, quasi.end, next]);
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return {code: out, map: null};
    },
  };
}
