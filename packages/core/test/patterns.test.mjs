// Every pattern that reads configuration or typed text is linear: adversarial inputs of
// 100 KB and more (runs that make a backtracking pattern fail late, again and again)
// must be read in Node, the engine server rendering uses. No time is measured: a
// pattern that freezes makes its test hit the timeout, and fail.
import {test} from 'node:test';
import assert from 'node:assert/strict';

globalThis.location = new URL('https://hospital.example/');
const {renderMarkdown, renderInline, isEmail} = await import('@careloop/core');
const {findIdentifiers} = await import('@careloop/feedback-form');

const KB100 = 100_000;
const within = {timeout: 60_000};
/** The text of what renderMarkdown or renderInline made, flattened. */
const textOf = (value) =>
  typeof value === 'string'
    ? value
    : Array.isArray(value)
      ? value.map(textOf).join('')
      : value && typeof value === 'object' && 'values' in value
        ? value.values.map(textOf).join('')
        : '';

const MARKDOWN = {
  'a heading with a long run of spaces inside': `# Visiting${' '.repeat(KB100)}hours`,
  'a heading of spaces and closing marks': `#${' '.repeat(KB100)}${'#'.repeat(KB100)}x`,
  'a bullet with a run of spaces and a line separator': `- ${' '.repeat(KB100)}\u2028x`,
  'a numbered item the same way': `1. ${' '.repeat(KB100)}\u2029x`,
  'unclosed link texts': '[a'.repeat(KB100 / 2),
  'unclosed link addresses': '[a](b'.repeat(KB100 / 5),
  'nested parentheses in addresses': '[a](b('.repeat(KB100 / 6),
  'unclosed strong text': '**a '.repeat(KB100 / 4),
  'unclosed underscores': '__a '.repeat(KB100 / 4),
  'unclosed emphasis': '*a '.repeat(KB100 / 3),
  'unclosed code': `\`${'a'.repeat(KB100)}`,
  'an address followed by punctuation only': `http://${'.'.repeat(KB100)}`,
  'addresses run together': 'http://'.repeat(KB100 / 7),
  'a run of marks': '*'.repeat(KB100),
};

for (const [what, source] of Object.entries(MARKDOWN)) {
  test(`Markdown is read in linear time: ${what}`, within, () => {
    const rendered = renderMarkdown(source);
    assert.ok(textOf(rendered).length > 0);
  });
}

test('a heading keeps its words and loses its marks', () => {
  assert.equal(textOf(renderMarkdown('## Visiting hours ##')), 'Visiting hours');
  assert.equal(textOf(renderMarkdown(`# Visiting${' '.repeat(3000)}hours`)).replace(/ +/g, ' '), 'Visiting hours');
  assert.equal(textOf(renderMarkdown('####### seven')), '####### seven');
});

test('strong, emphasis and links still read as before', () => {
  const html = JSON.stringify(renderInline('**bold** and *soft* and [a page](https://example.org) __too__'));
  for (const piece of ['bold', 'soft', 'a page', 'https://example.org', 'too']) assert.ok(html.includes(piece), piece);
  assert.equal(textOf(renderInline('**a *b* c**')), 'a b c');
  // A bracket ends a link's text: "[a " stays as typed, "[b](…)" is the link.
  const nested = renderInline('[a [b](https://example.org)');
  assert.equal(nested[0], '[a ');
  assert.ok(JSON.stringify(nested[1]).includes('https://example.org'));
});

test('the same source is parsed once and rendered again as it was', () => {
  assert.equal(renderMarkdown('Visiting **hours**'), renderMarkdown('Visiting **hours**'));
});

const TYPED = {
  'letters with no @': 'a'.repeat(KB100),
  'many @ with nothing after': 'a@'.repeat(KB100 / 2),
  'an address with no end': `a@${'b'.repeat(KB100)}`,
  'dots after @': `a@${'.'.repeat(KB100)}`,
  'digits and spaces': '1 '.repeat(KB100 / 2),
  'title words': 'Dr '.repeat(KB100 / 3),
};
for (const [what, text] of Object.entries(TYPED)) {
  test(`the identifier check reads typed text in linear time: ${what}`, within, () => {
    assert.ok(Array.isArray(findIdentifiers(text)));
  });
  test(`isEmail reads in linear time: ${what}`, within, () => {
    assert.equal(typeof isEmail(text), 'boolean');
  });
}

test('e-mail addresses are still found and checked', () => {
  assert.deepEqual(findIdentifiers('write to sam.okafor@example.org please'), ['email']);
  assert.deepEqual(findIdentifiers('mail:bob@x.org.'), ['email']);
  assert.deepEqual(findIdentifiers('a@b@c.org'), ['email']);
  assert.deepEqual(findIdentifiers('at @home.org or me@ here'), []);
  for (const good of ['sam@example.org', 'a@b.cc.', 'x.y+z@nhs.net']) assert.equal(isEmail(good), true, good);
  for (const bad of ['sam@', '@example.org', 'sam@example', 'sam@.org', 'sam@example.o', 'a b@c.org', 'a@b@c.org'])
    assert.equal(isEmail(bad), false, bad);
});
