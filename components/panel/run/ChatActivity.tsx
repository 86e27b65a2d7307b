import { For, Show, type Accessor } from 'solid-js';
import type { PanelState, SessionCommand } from '../../../core/protocol';
import type { ChatLevel } from '../../../core/session/chatLoad';
import { fill, type Messages } from '../../../core/i18n/messages';
import { formatClock } from '../../time';
import { reconciledList } from '../../reconciled';
import { useT } from '../../i18n';

export interface ChatActivityProps {
  state: Accessor<PanelState | null>;
  command: (command: SessionCommand) => void;
}

export function chatLevelText(t: Messages, level: ChatLevel): string {
  return { calm: t.chatCalm, busy: t.chatBusy, overload: t.chatOverload }[level];
}

/** How busy the chat is, who floods it, the questions still waiting for an answer, and the last messages. */
export function ChatActivity(props: ChatActivityProps) {
  const t = useT();
  const load = () => props.state()?.chatLoad ?? null;
  const questions = () => props.state()?.questions ?? null;
  const open = reconciledList(() => questions()?.open ?? [], 'messageId');
  const chat = reconciledList(() => props.state()?.chat ?? [], 'id');
  return (
    <div class="chat-activity">
      <Show when={load()}>
        {(current) => (
          <div class="chat-load" data-testid="chat-load" data-level={current().level} role="status">
            <strong data-testid="chat-load-level">{chatLevelText(t, current().level)}</strong>{' '}
            <span data-testid="chat-load-10s">{fill(t.chatLast10s, { n: current().last10s })}</span>{' · '}
            <span data-testid="chat-load-60s">{fill(t.chatLast60s, { n: current().last60s })}</span>
            <Show when={current().bursts.length > 0}>
              <p>{t.chatBursts}</p>
              <ul class="chat-bursts" data-testid="chat-bursts">
                <For each={current().bursts}>
                  {(burst) => (
                    <li>
                      <span class="name">{burst.sender}</span> : {fill(t.chatBurstCount, { n: burst.count })}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
        )}
      </Show>

      <h3>
        {t.questionsTitle} <span class="badge" data-testid="questions-open-count">{open().length}</span>
      </h3>
      <ol class="questions" data-testid="questions-open">
        <For each={open()} fallback={<li class="muted">{t.questionsNone}</li>}>
          {(question) => (
            <li data-testid="question" data-message-id={question.messageId}>
              <time>{formatClock(question.at)}</time> <span class="sender">{question.sender}</span>{' '}
              <span class="text">{question.text ?? t.chatTextNotKept}</span>{' '}
              <button
                type="button"
                data-testid="question-answered"
                aria-label={fill(t.questionAnsweredLabel, { name: question.sender })}
                onClick={() => props.command({ type: 'chat.answered', messageId: question.messageId })}
              >
                {t.questionAnswered}
              </button>
            </li>
          )}
        </For>
      </ol>
      <p class="muted">
        {t.questionsAnsweredCount} <span data-testid="questions-answered-count">{questions()?.answered.length ?? 0}</span>
      </p>

      <h3>
        {t.lastMessages}{' '}
        <span class="badge" data-testid="chat-total" title={t.chatTotal}>{props.state()?.chatTotal ?? 0}</span>
      </h3>
      <Show when={(props.state()?.chatMissed ?? 0) > 0}>
        <p class="muted" data-testid="chat-missed">{fill(t.chatMissed, { count: props.state()?.chatMissed ?? 0 })}</p>
      </Show>
      <ol class="chat" data-testid="chat" tabindex="0" aria-label={t.lastMessages}>
        <For each={chat()} fallback={<li class="muted">{t.noMessages}</li>}>
          {(message) => (
            <li classList={{ system: message.system }}>
              <span class="sender">{message.system ? t.systemMessage : message.sender}</span>{' '}
              <Show when={message.shownTime}><time>{message.shownTime}</time> </Show>
              <span class="text">{message.text ?? t.chatTextNotKept}</span>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}
