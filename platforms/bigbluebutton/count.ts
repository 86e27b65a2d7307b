/** The platform's own participant total: an attribute in 3.0, the users title text in 2.x. */
import { visibleText } from '../dom/text';
import { COUNT_IN_TITLE } from './labels';
import { queryOne } from './selectors';
import type { BbbVersion } from './version';

export function readUserCount(root: ParentNode, version: BbbVersion): number | null {
  if (version === '3.0') {
    const value = queryOne(root, 'usersCountAttribute')?.getAttribute('data-test-users-count');
    const count = value ? Number(value) : NaN;
    return Number.isInteger(count) && count >= 0 ? count : null;
  }
  const match = visibleText(queryOne(root, 'usersTitle')).match(COUNT_IN_TITLE);
  return match ? Number(match[1]) : null;
}
