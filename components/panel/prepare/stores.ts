/**
 * What the Préparer and Bilan views read and write: the repositories over Moderato's IndexedDB,
 * opened by the side panel itself (it runs in the extension's origin).
 */
import type { Db } from '../../../background/storage/db';
import { createPlanRepository, type PlanRepository } from '../../../background/storage/plans';
import { createSessionRepository, type SessionRepository } from '../../../background/storage/sessions';
import { createTemplateRepository, type TemplateRepository } from '../../../background/storage/templates';
import { createPackRepository, type PackRepository } from '../../../background/storage/packs';
import type { PlanRecord } from '../../../background/storage/schema';
import { messagesFor, type Locale, type Messages } from '../../../core/i18n/messages';

export interface PanelStores {
  templates: TemplateRepository;
  plans: PlanRepository;
  sessions: SessionRepository;
  /** Selector packs taught or imported, one per site origin. */
  packs: PackRepository;
  /** Called after the plans changed (the side panel resyncs the reminder alarms). */
  onPlansChanged?: (plans: PlanRecord[]) => void;
}

export function createPanelStores(db: Db, onPlansChanged?: (plans: PlanRecord[]) => void): PanelStores {
  const stores: PanelStores = {
    templates: createTemplateRepository(db),
    plans: createPlanRepository(db),
    sessions: createSessionRepository(db),
    packs: createPackRepository(db),
  };
  if (onPlansChanged) stores.onPlansChanged = onPlansChanged;
  return stores;
}

/** The language of a message set (the panel is given its messages, not its locale). */
export function localeOf(t: Messages): Locale {
  return t === messagesFor('en') ? 'en' : 'fr';
}
