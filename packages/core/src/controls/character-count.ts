import {msg, str} from '@lit/localize';
import {formatNumber} from '../format.js';

/** "You have 12 characters remaining" / "You have 3 characters too many". */
export function countText(left: number): string {
  return left >= 0
    ? msg(str`You have ${formatNumber(left)} characters remaining`, {id: 'common.count.left'})
    : msg(str`You have ${formatNumber(-left)} characters too many`, {id: 'common.count.over'});
}

/** The count is shown, and announced politely, only near the limit: from 80 % of it. */
export const nearLimit = (length: number, max: number) => length >= max * 0.8;
