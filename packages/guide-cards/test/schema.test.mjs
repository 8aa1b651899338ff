// The published JSON Schema of the guide feed agrees with the demo feed and refuses
// what <cl-guide-list> refuses. Runs in Node (npm run test:node).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const here = import.meta.dirname;
const schema = JSON.parse(readFileSync(resolve(here, '../schemas/guide-feed.schema.json'), 'utf8'));
const validate = new Ajv2020({allErrors: true, strict: true, strictRequired: false}).compile(schema);
const feed = JSON.parse(readFileSync(resolve(here, '../../../demo/public/feeds/guides.json'), 'utf8'));

test('the demo portal feed is valid', () => {
  assert.equal(validate(feed), true, JSON.stringify(validate.errors, null, 2));
});

test('refuses what the widget refuses', () => {
  const bad = [
    [{summary: 'no title'}, "must have required property 'title'"],
    [{title: 'x', kind: 'event'}, 'must be equal to one of the allowed values'],
    [{title: 'x', url: 'javascript:alert(1)'}, 'must match pattern'],
    [{title: 'x', image: {src: '/a.svg'}}, "must have required property 'alt'"],
    [{title: 'x', kind: 'change', youSaid: 'y'}, "must have required property 'weDid'"],
    [{title: 'x', updated: 'yesterday'}, 'must match pattern'],
    [{title: 'x', readingMinutes: -1}, 'must be >= 0'],
    [{title: 'x', audience: ['aliens']}, 'must be equal to one of the allowed values'],
  ];
  for (const [item, message] of bad) {
    assert.equal(validate([item]), false, JSON.stringify(item));
    assert.ok(
      validate.errors.some((e) => e.message.startsWith(message)),
      `${JSON.stringify(item)}: ${JSON.stringify(validate.errors)}`,
    );
  }
});
