/** What every BBB action shares: its context, and how it says "do it yourself". */
import type { ActionResult, ManualStep } from '../../contract';
import type { BbbVersion } from '../version';

export interface ActContext {
  doc: Document;
  version: BbbVersion;
  /** How long to wait for the page to show an action's effect. */
  timeoutMs: number;
}

export function manual(reason: string, steps: ManualStep[]): ActionResult {
  return { status: 'manual', reason, steps };
}

export function failed(reason: string): ActionResult {
  return { status: 'failed', reason };
}

export const DONE: ActionResult = { status: 'done' };
