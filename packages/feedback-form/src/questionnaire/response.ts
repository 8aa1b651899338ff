import {toValues, type Answer} from './answers.js';
import {enabledItems, type Answers} from './enable.js';
import type {QuestionnaireResponse, ResponseItem} from './fhir.js';
import {answerable, type Form, type FormItem} from './model.js';

function responseItems(items: readonly FormItem[], answers: Answers, enabled: Set<string>): ResponseItem[] {
  const out: ResponseItem[] = [];
  for (const item of items) {
    // Disabled and hidden items, and everything in them, are left out: what the
    // person could not see is not part of their response.
    if (!enabled.has(item.linkId) || item.hidden) continue;
    const children = responseItems(item.items, answers, enabled);
    const given = answerable(item) ? (answers.get(item.linkId) ?? []) : [];
    if (given.length === 0 && children.length === 0) continue;
    // Each instance of a repeating group is an item of its own, with the group's linkId.
    const entry: ResponseItem = {linkId: item.copyOf ?? item.linkId};
    if (item.text) entry.text = item.text;
    if (given.length > 0) {
      entry.answer = given.map((answer) => toValues(answer));
      // Items nested under a question belong to its answer.
      if (children.length > 0) entry.answer[0]!.item = children;
    } else {
      entry.item = children;
    }
    out.push(entry);
  }
  return out;
}

/** The FHIR R4 QuestionnaireResponse for the answers given, with disabled and hidden items absent. */
export function buildResponse(
  form: Form,
  answers: Answers,
  options: {authored: string; language: string},
  enabled = enabledItems(form, answers),
): QuestionnaireResponse {
  const items = responseItems(form.items, answers, enabled);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(form.canonical ? {questionnaire: form.canonical} : {}),
    status: 'completed',
    authored: options.authored,
    language: options.language,
    ...(items.length > 0 ? {item: items} : {}),
  };
}

function plain(answer: Answer): unknown {
  if (answer.kind === 'quantity')
    return answer.unit?.code ? {value: answer.value, unit: answer.unit.code} : answer.value;
  return answer.kind === 'coding' ? answer.value.code : answer.value;
}

/** The answers as a simple `{linkId: value}` map (codes for codings, `{value, unit}` for a quantity with a unit; a list where an item repeats). */
export function answersByLinkId(
  form: Form,
  answers: Answers,
  enabled = enabledItems(form, answers),
): Record<string, unknown> {
  const out: [string, unknown][] = [];
  const visit = (items: readonly FormItem[]) => {
    for (const item of items) {
      if (!enabled.has(item.linkId) || item.hidden) continue;
      const given = answerable(item) ? (answers.get(item.linkId) ?? []) : [];
      if (given.length > 0) out.push([item.linkId, item.repeats ? given.map(plain) : plain(given[0]!)]);
      visit(item.items);
    }
  };
  visit(form.items);
  // Own properties whatever the linkId ("__proto__" too): an assignment would set the prototype instead.
  return Object.fromEntries(out);
}
