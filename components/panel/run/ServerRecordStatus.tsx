import { Show, type Accessor } from 'solid-js';
import type { ServerRecordState } from '../../../core/session/attendance';
import type { ServerReadStatus } from '../../../core/session/events';
import { fill, type MessageKey } from '../../../core/i18n/messages';
import { useT } from '../../i18n';

export interface ServerRecordStatusProps {
  /** The attendance's `server`: null when the server's record was never asked for (not BBB). */
  server: Accessor<ServerRecordState | null | undefined>;
}

const NOTES: Record<Exclude<ServerReadStatus, 'ok'>, MessageKey> = {
  disabled: 'serverRecordDisabled',
  denied: 'serverRecordDenied',
  'not-running': 'serverRecordNotRunning',
  'no-data': 'serverRecordNoData',
  unreachable: 'serverRecordUnreachable',
  malformed: 'serverRecordMalformed',
  'no-token': 'serverRecordNoToken',
};

/** 14:05:09: the record is read every 12 s, minutes alone would not show it moving. */
function clock(at: number): string {
  return new Date(at).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * Where attendance comes from: when the server's own record was last read or, when it cannot be
 * used, one plain sentence saying why and that the page's attendance is used instead.
 */
export function ServerRecordStatus(props: ServerRecordStatusProps) {
  const t = useT();
  const note = () => {
    const server = props.server();
    return server && server.status !== 'ok' ? fill(t[NOTES[server.status]], { detail: server.detail ?? '' }) : null;
  };
  return (
    <Show when={props.server()}>
      {(server) => (
        <p class="muted server-record" data-testid="server-record" data-status={server().status}>
          <Show
            when={note()}
            fallback={<span data-testid="server-record-read-at">{fill(t.serverRecordReadAt, { time: clock(server().lastOkReadAt ?? server().lastReadAt) })}</span>}
          >
            {(text) => (
              <>
                <span data-testid="server-record-note" role="status">{text()}</span>
                <Show when={server().lastOkReadAt}>{(at) => <> ({fill(t.serverRecordLastGood, { time: clock(at()) })})</>}</Show>
              </>
            )}
          </Show>
        </p>
      )}
    </Show>
  );
}
