import {compare, equals, type Answer} from './answers.js';
import {children, walk, type Condition, type Form, type FormItem} from './model.js';

export type Answers = ReadonlyMap<string, readonly Answer[]>;

function holds(condition: Condition, answers: readonly Answer[]): boolean {
  const {operator, answer: target} = condition;
  switch (operator) {
    case 'exists':
      return answers.length > 0 === (target.kind === 'boolean' && target.value);
    case '=':
      return answers.some((a) => equals(a, target));
    case '!=':
      return !answers.some((a) => equals(a, target));
    default: {
      const test = {
        '>': (n: number) => n > 0,
        '<': (n: number) => n < 0,
        '>=': (n: number) => n >= 0,
        '<=': (n: number) => n <= 0,
      }[operator];
      return answers.some((a) => {
        const order = compare(a, target);
        return order !== undefined && test(order);
      });
    }
  }
}

/**
 * The linkIds of the items enabled by the answers so far. An item is enabled when its
 * parent is, and its enableWhen conditions hold (all, or any, per enableBehavior).
 * A condition reads the answers of an item only while that item is itself enabled:
 * answers behind a disabled item count as no answer (FHIR R4). The questionnaire
 * reader refuses cycles, so this always ends. `byExpression` holds what items'
 * enableWhenExpression worked out to, in place of their enableWhen.
 */
export function enabledItems(form: Form, answers: Answers, byExpression?: ReadonlyMap<string, boolean>): Set<string> {
  const byId = new Map<string, FormItem>();
  const parent = new Map<string, string>();
  for (const item of walk(form.items)) {
    byId.set(item.linkId, item);
    for (const child of children(item)) parent.set(child.linkId, item.linkId);
  }
  const memo = new Map<string, boolean>();
  const enabled = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const item = byId.get(id);
    let result = item !== undefined && (!parent.has(id) || enabled(parent.get(id)!));
    if (result && byExpression?.has(id)) result = byExpression.get(id)!;
    else if (result && item && item.enableWhen.length > 0) {
      const check = (c: Condition) => holds(c, enabled(c.question) ? (answers.get(c.question) ?? []) : []);
      result = item.enableBehavior === 'any' ? item.enableWhen.some(check) : item.enableWhen.every(check);
    }
    memo.set(id, result);
    return result;
  };
  return new Set([...byId.keys()].filter(enabled));
}
