import {isChoice} from '../parts.js';
import {OTHER, otherName} from './entry.js';
import {answerable, walk, type FormItem} from './model.js';
import type {QuestionnaireSession, SessionSnapshot} from './session.js';

/** Form fields as both a server (URLSearchParams) and a browser (FormData) hold them. */
interface Fields {
  getAll(name: string): unknown[];
}

/** An item's answers as the form's controls hold them: a choice's answer numbers (or "other"), each text entry, empties dropped. */
function answersOf(fields: Fields, item: FormItem): string[] {
  const values = fields.getAll(item.linkId).filter((v): v is string => typeof v === 'string');
  if (item.type === 'boolean') return values.filter((v) => v === 'true' || v === 'false').slice(0, 1);
  if (isChoice(item)) {
    const known = values.filter(
      (v) => (v === OTHER && item.type === 'open-choice') || (/^\d+$/.test(v) && Number(v) < item.choices.length),
    );
    return item.repeats || item.control === 'check-box' ? [...new Set(known)] : known.slice(0, 1);
  }
  // A browser sends a text area's line breaks as CRLF; the script sends them as typed (LF).
  return (item.repeats ? values : values.slice(0, 1))
    .map((v) => v.replace(/\r\n?/g, '\n'))
    .filter((v) => v.trim() !== '');
}

/**
 * What the form's own controls hold, as a session snapshot: the answers a browser posted
 * without script (read on the server), or typed into a server-rendered form before its
 * script took it over (read in the browser, so that nothing typed is lost).
 */
export function answersIn(session: QuestionnaireSession, fields: Fields): Pick<SessionSnapshot, 'entries' | 'others'> {
  const entries: [string, string[]][] = [];
  const others: [string, string][] = [];
  for (const item of walk(session.current.items)) {
    if (!answerable(item) || item.readOnly) continue;
    const answers = answersOf(fields, item);
    if (answers.length > 0) entries.push([item.linkId, answers]);
    const [other] = fields.getAll(otherName(item));
    if (answers.includes(OTHER) && typeof other === 'string' && other.trim()) others.push([item.linkId, other.trim()]);
  }
  return {entries, others};
}
