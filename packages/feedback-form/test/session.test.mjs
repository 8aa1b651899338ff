// The answering state of a questionnaire, apart from the DOM (questionnaire/session.ts):
// what a person enters, what it reads as, what is asked, the steps and the problems.
import {test} from 'node:test';
import assert from 'node:assert/strict';

const {QuestionnaireSession} = await import('../dist/questionnaire/session.js');
const {readQuestionnaire} = await import('../dist/questionnaire/read-all.js');

const QUESTIONNAIRE = {
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    {linkId: 'intro', type: 'display', text: 'About your stay'},
    {
      linkId: 'stay',
      type: 'group',
      text: 'Your stay',
      item: [
        {
          linkId: 'rating',
          type: 'choice',
          text: 'How was it?',
          required: true,
          answerOption: [{valueString: 'Good'}, {valueString: 'Poor'}],
        },
        {
          linkId: 'why',
          type: 'text',
          text: 'What went wrong?',
          required: true,
          enableWhen: [{question: 'rating', operator: '=', answerString: 'Poor'}],
        },
        {linkId: 'nights', type: 'integer', text: 'Nights', initial: [{valueInteger: 2}]},
      ],
    },
    {linkId: 'ward', type: 'string', text: 'Which ward?'},
    {linkId: 'seen', type: 'string', text: 'Who did you see?', repeats: true},
    {
      linkId: 'heard',
      type: 'open-choice',
      text: 'How did you hear of us?',
      answerOption: [{valueString: 'A leaflet'}],
    },
    {linkId: 'more', type: 'group', text: 'More', item: [{linkId: 'age', type: 'integer', text: 'Age'}]},
  ],
};

const read = (raw = QUESTIONNAIRE, locale = 'en') => {
  const {value, problems} = readQuestionnaire(raw, locale);
  assert.deepEqual(problems, []);
  return value;
};
const item = (session, linkId) => [...walk(session.form.items)].find((i) => i.linkId === linkId);
function* walk(items) {
  for (const i of items) {
    yield i;
    yield* walk(i.items);
  }
}

test('starts from the initial answers, with a stable id for every control', () => {
  const session = new QuestionnaireSession(read());
  assert.deepEqual(session.entries.get('nights'), ['2']);
  assert.deepEqual(session.answers.get('nights'), [{kind: 'integer', value: 2}]);
  assert.equal(session.ids.get('intro'), 'q0');
  assert.equal(session.ids.get('rating'), 'q2');
  assert.equal(session.touched, true, 'an initial answer counts as something to clear');
});

test('a required question is a problem only while it is asked', () => {
  const session = new QuestionnaireSession(read());
  assert.deepEqual(
    session.problemsIn().map((p) => [p.item.linkId, p.target, p.error]),
    [['rating', 'q2', 'required']],
  );
  session.set(item(session, 'rating'), ['1']);
  assert.equal(session.isAsked(item(session, 'why')), true, 'choosing "Poor" asks why');
  assert.deepEqual(
    session.problemsIn().map((p) => p.item.linkId),
    ['why'],
  );
  session.set(item(session, 'rating'), ['0']);
  assert.equal(session.isAsked(item(session, 'why')), false);
  assert.equal(session.shown(item(session, 'why')), false);
  assert.deepEqual(session.problemsIn(), []);
});

test('what is typed is read as answers, and a wrong number is named', () => {
  const session = new QuestionnaireSession(read());
  session.type(item(session, 'nights'), 0, 'three');
  assert.equal(session.readings.get('nights').error, 'integer');
  assert.equal(session.answers.has('nights'), false);
  session.type(item(session, 'nights'), 0, '');
  assert.equal(session.entries.has('nights'), false, 'an emptied field holds no entry');
});

test('repeating questions keep a row per answer, and rows can be removed', () => {
  const session = new QuestionnaireSession(read());
  const seen = item(session, 'seen');
  session.type(seen, 0, 'The nurse');
  session.addRow(seen);
  session.type(seen, 1, 'The doctor');
  assert.deepEqual(session.entries.get('seen'), ['The nurse', 'The doctor']);
  assert.deepEqual(session.answersByLinkId().seen, ['The nurse', 'The doctor']);
  session.removeRow(seen, 0);
  assert.deepEqual(session.entries.get('seen'), ['The doctor']);
});

test('steps by group: each top-level group alone, other items together', () => {
  const session = new QuestionnaireSession(read());
  assert.deepEqual(
    session.steps(false).map((step) => step.map((i) => i.linkId)),
    [['intro', 'stay', 'ward', 'seen', 'heard', 'more']],
  );
  assert.deepEqual(
    session.steps(true).map((step) => step.map((i) => i.linkId)),
    [['intro'], ['stay'], ['ward', 'seen', 'heard'], ['more']],
  );
  assert.deepEqual(
    session.problemsIn(session.steps(true)[1]).map((p) => p.item.linkId),
    ['rating'],
  );
  assert.deepEqual(session.problemsIn(session.steps(true)[2]), []);
});

test('free text, with the words of "something else", is what the identifier check reads', () => {
  const session = new QuestionnaireSession(read());
  session.type(item(session, 'ward'), 0, 'Ward 7');
  session.set(item(session, 'heard'), ['other']);
  session.setOther(item(session, 'heard'), 'My neighbour Ann');
  const text = session.freeText();
  assert.equal(text.get('ward'), 'Ward 7\n');
  assert.equal(text.get('heard'), 'other\nMy neighbour Ann');
  assert.equal(text.has('why'), false, 'a question not asked is not read');
});

test('a snapshot carries what was entered into the same form read again in another language', () => {
  const first = new QuestionnaireSession(read());
  first.set(item(first, 'rating'), ['1']);
  first.type(item(first, 'why'), 0, 'Too noisy at night');
  first.type(item(first, 'nights'), 0, '5');
  const again = new QuestionnaireSession(read(QUESTIONNAIRE, 'fr'), JSON.parse(JSON.stringify(first.snapshot())));
  assert.deepEqual(again.entries.get('nights'), ['5'], 'what was typed wins over the initial answer');
  assert.equal(again.isAsked(item(again, 'why')), true);
  assert.deepEqual(again.answersByLinkId(), first.answersByLinkId());
});

test('a stored draft of the wrong shape is ignored, entry by entry', () => {
  const session = new QuestionnaireSession(read());
  session.restore({
    entries: [['ward', ['Ward 9']], ['rating', 'not a list'], [3, ['x']], 'junk', ['seen', [1, 2]]],
    others: [
      ['heard', 'A friend'],
      ['ward', 7],
    ],
  });
  assert.deepEqual(session.entries.get('ward'), ['Ward 9']);
  assert.equal(session.entries.has('rating'), false);
  assert.equal(session.entries.has('seen'), false);
  assert.equal(session.others.get('heard'), 'A friend');
  assert.equal(session.others.has('ward'), false);
  for (const junk of [null, 'x', 42, {entries: 'x', others: {}}]) session.restore(junk);
  assert.deepEqual(session.entries.get('ward'), ['Ward 9'], 'junk changes nothing');
});

test('the response leaves out what was not asked', () => {
  const session = new QuestionnaireSession(read());
  session.set(item(session, 'rating'), ['1']);
  session.type(item(session, 'why'), 0, 'Noise');
  session.set(item(session, 'rating'), ['0']);
  const response = session.response({authored: '2026-12-02T10:00:00Z', language: 'en'});
  const linkIds = JSON.stringify(response).match(/"linkId":"[^"]+"/g);
  assert.ok(!linkIds.includes('"linkId":"why"'), 'the hidden answer is not sent');
  assert.ok(linkIds.includes('"linkId":"rating"'));
  assert.equal(session.answersByLinkId().why, undefined);
});

test('a repeating group’s instances survive a draft, each with its own answers, and bad instances are ignored', () => {
  const questionnaire = {
    resourceType: 'Questionnaire',
    item: [
      {
        linkId: 'medicine',
        type: 'group',
        text: 'A medicine',
        repeats: true,
        item: [{linkId: 'name', type: 'string', text: 'Name'}],
      },
    ],
  };
  const {value: form} = readQuestionnaire(questionnaire, 'en');
  const first = new QuestionnaireSession(form);
  const serial = first.addInstance('medicine');
  assert.equal(serial, 2);
  const copy = [...first.current.items][1].items[0];
  assert.equal(copy.linkId, 'name#2');
  assert.equal(first.ids.get('name#2'), `${first.ids.get('name')}-2`);
  first.type(copy, 0, 'Aspirin');
  const again = new QuestionnaireSession(form, JSON.parse(JSON.stringify(first.snapshot())));
  assert.deepEqual(again.answersByLinkId(), {'name#2': 'Aspirin'});
  assert.deepEqual(again.response({authored: '2026-12-03T10:00:00Z', language: 'en'}).item, [
    {
      linkId: 'medicine',
      text: 'A medicine',
      item: [{linkId: 'name', text: 'Name', answer: [{valueString: 'Aspirin'}]}],
    },
  ]);
  const hostile = new QuestionnaireSession(form, {
    entries: [],
    others: [],
    groups: [['medicine', [0, -1, 'x', 2.5]], 'nope', ['other', [3]]],
  });
  assert.equal(hostile.current.items.length, 1, 'no instance from stored data of the wrong shape');
});
