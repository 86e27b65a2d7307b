/** Who the nav-bar talking indicator says is talking now (names; it lists every talker). */
import { normalizeText, visibleText } from '../dom/text';
import { TALKING_LABEL } from './labels';
import { queryAll } from './selectors';

export function readTalkingNames(root: ParentNode): Set<string> {
  const names = new Set<string>();
  for (const button of queryAll(root, 'talkingNow')) {
    const label = normalizeText(button.getAttribute('aria-label'));
    const name = label.match(TALKING_LABEL)?.[1] ?? visibleText(button);
    if (name) names.add(normalizeText(name));
  }
  return names;
}
