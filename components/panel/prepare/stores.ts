/**
 * What the Préparer and Bilan views read and write: the repositories over Moderato's IndexedDB,
 * opened by the side panel itself (it runs in the extension's origin). The panel writes templates,
 * plans, packs and its settings; stored sessions are only read here, their changes asked of the
 * background, their one writer (see background/storage/db.ts).
 */
import type { Db } from '../../../background/storage/db';
import { createPlanRepository, type PlanRepository } from '../../../background/storage/plans';
import { createSessionRepository, type SessionRepository } from '../../../background/storage/sessions';
import { createTemplateRepository, type TemplateRepository } from '../../../background/storage/templates';
import { createPackRepository, type PackRepository } from '../../../background/storage/packs';
import type { PlanRecord } from '../../../background/storage/schema';
import type { HubToPanelSessions, PanelToHubSessions } from '../../../core/protocol';

export interface PanelStores {
  templates: TemplateRepository;
  plans: PlanRepository;
  sessions: SessionRepository;
  /** Selector packs taught or imported, one per site origin. */
  packs: PackRepository;
  /** Called after the plans changed (the side panel resyncs the reminder alarms). */
  onPlansChanged?: (plans: PlanRecord[]) => void;
}

/** Asks the background to change stored sessions (see components/panel/hubConnection.ts). */
export type AskSessionChange = (request: PanelToHubSessions) => Promise<HubToPanelSessions>;

/**
 * `askSessionChange`: where the changes to stored sessions go. Without it (the views' own tests,
 * which run no background) the panel's repository changes them itself.
 */
export function createPanelStores(db: Db, onPlansChanged?: (plans: PlanRecord[]) => void, askSessionChange?: AskSessionChange): PanelStores {
  const stores: PanelStores = {
    templates: createTemplateRepository(db),
    plans: createPlanRepository(db),
    sessions: askSessionChange ? askedSessions(createSessionRepository(db), askSessionChange) : createSessionRepository(db),
    packs: createPackRepository(db),
  };
  if (onPlansChanged) stores.onPlansChanged = onPlansChanged;
  return stores;
}

/** The sessions read from IndexedDB, changed by the background. */
function askedSessions(repository: SessionRepository, ask: AskSessionChange): SessionRepository {
  const change = async (request: PanelToHubSessions) => {
    if (!(await ask(request)).ok) throw new Error(`Moderato: the background could not do ${request.kind}`);
  };
  return {
    ...repository,
    delete: (sessionId) => change({ kind: 'panel/delete-session', sessionId }),
    deleteAll: () => change({ kind: 'panel/delete-all-sessions' }),
    // The ids deleted are the background's to know; the views reload the list.
    applyRetention: async () => (await change({ kind: 'panel/apply-retention' }), []),
  };
}
