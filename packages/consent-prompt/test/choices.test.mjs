// What a person has chosen in <cl-consent-prompt>, apart from the DOM (choices.ts):
// nothing granted until ticked, required purposes and "who is deciding" checked, and
// an earlier record taken up as it was.
import {test} from 'node:test';
import assert from 'node:assert/strict';

const {ConsentChoices, problemTarget} = await import('../dist/choices.js');

const CONFIG = {
  policy: {id: 'involvement', version: '3'},
  controller: 'Riverside Hospital',
  offerAll: false,
  purposes: [
    {id: 'contact', title: 'Contact me', required: true},
    {id: 'future', title: 'Future involvement', required: false},
  ],
};

test('nothing is granted until it is ticked', () => {
  const choices = new ConsentChoices();
  assert.deepEqual(choices.decisions(CONFIG), {contact: 'refused', future: 'refused'});
  assert.deepEqual(choices.decidedBy(false), {onBehalf: false});
  choices.ticked.set('future', true);
  assert.deepEqual(choices.decisions(CONFIG), {contact: 'refused', future: 'granted'});
});

test('a required purpose left unticked, then the missing "who" fields, are the problems', () => {
  const choices = new ConsentChoices();
  assert.deepEqual(choices.problems(CONFIG, false), ['contact']);
  choices.ticked.set('contact', true);
  choices.onBehalf = true;
  assert.deepEqual(choices.problems(CONFIG, false), ['relationship', 'person']);
  assert.deepEqual(choices.problems(CONFIG, true), [], 'with no-proxy the question is not asked');
  choices.relationship = 'carer';
  choices.personName = '   ';
  assert.deepEqual(choices.problems(CONFIG, false), ['person'], 'a name of spaces is no name');
  assert.deepEqual(['contact', 'relationship', 'person'].map(problemTarget), [
    'purpose-contact',
    'relationship',
    'person-name',
  ]);
});

test('deciding for someone else records the relationship and trimmed names', () => {
  const choices = new ConsentChoices();
  Object.assign(choices, {onBehalf: true, relationship: 'parent-or-guardian', personName: ' Léa ', deciderName: ' '});
  assert.deepEqual(choices.decidedBy(false), {onBehalf: true, relationship: 'parent-or-guardian', personName: 'Léa'});
  assert.deepEqual(choices.decidedBy(true), {onBehalf: false});
});

test('an earlier record is taken up as it was, and a reset clears the ticks', () => {
  const choices = new ConsentChoices();
  choices.adopt({
    decisions: {contact: 'granted', future: 'refused'},
    decidedBy: {onBehalf: true, relationship: 'carer', personName: 'Ann', deciderName: 'Bo'},
  });
  assert.deepEqual(choices.decisions(CONFIG), {contact: 'granted', future: 'refused'});
  assert.deepEqual(choices.decidedBy(false), {
    onBehalf: true,
    relationship: 'carer',
    personName: 'Ann',
    deciderName: 'Bo',
  });
  choices.reset();
  assert.deepEqual(choices.decisions(CONFIG), {contact: 'refused', future: 'refused'});
  assert.equal(choices.onBehalf, false);
});

test('a state the browser gives back is taken up as it was, and one of the wrong shape ticks nothing', () => {
  const choices = new ConsentChoices();
  Object.assign(choices, {onBehalf: true, relationship: 'carer', personName: 'Ann', deciderName: 'Bo'});
  choices.ticked.set('contact', true);
  const again = new ConsentChoices();
  again.restore(JSON.stringify(choices.snapshot()));
  assert.deepEqual(again.decisions(CONFIG), {contact: 'granted', future: 'refused'});
  assert.deepEqual(again.decidedBy(false), choices.decidedBy(false));
  for (const junk of ['not json', '42', 'null', '{"ticked": "all", "relationship": "boss", "personName": 7}']) {
    const fresh = new ConsentChoices();
    fresh.restore(junk);
    assert.deepEqual(fresh.decisions(CONFIG), {contact: 'refused', future: 'refused'}, junk);
    assert.equal(fresh.relationship, '', junk);
    assert.equal(fresh.personName, '', junk);
  }
});
