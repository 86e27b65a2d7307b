import type { HubToPanelSessions, PanelToHubSessions } from '../../core/protocol';
import type { SessionRepository } from '../storage/sessions';
import { isPanelPage, type PortSender } from './senders';

const KINDS: readonly string[] = ['panel/delete-session', 'panel/delete-all-sessions', 'panel/apply-retention'] satisfies PanelToHubSessions['kind'][];

/**
 * Answers the side panel's requests to change stored sessions (PanelToHubSessions): the
 * background is their one writer. Undefined: not such a request, or not from the side panel.
 */
export function answerSessionRequest(
  message: unknown,
  sender: PortSender | undefined,
  extensionOrigin: string,
  sessions: () => Promise<SessionRepository>,
  now: () => number,
): Promise<HubToPanelSessions> | undefined {
  const request = message as Partial<PanelToHubSessions> | null;
  if (!KINDS.includes(request?.kind as string) || !isPanelPage(sender, extensionOrigin)) return undefined;
  const change = (repository: SessionRepository): Promise<unknown> | null => {
    if (request!.kind === 'panel/delete-all-sessions') return repository.deleteAll();
    if (request!.kind === 'panel/apply-retention') return repository.applyRetention(now());
    const { sessionId } = request as { sessionId?: unknown };
    return typeof sessionId === 'string' ? repository.delete(sessionId) : null;
  };
  return sessions()
    .then(async (repository) => {
      const done = change(repository);
      if (!done) return { ok: false };
      await done;
      return { ok: true };
    })
    .catch((error: unknown) => {
      console.error('Moderato: could not change the stored sessions', error);
      return { ok: false };
    });
}
