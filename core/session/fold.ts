/** A view kept up to date event by event (see liveViews.ts), and the same view over a whole log. */
import type { LoggedEvent } from './events';

export interface ViewBuilder<View> {
  add(event: LoggedEvent): void;
  read(now: number): View;
}

/** The builder's view of a log as it stood at `now`: events after it (a clock ahead) are left out. */
export function foldUpTo<View>(builder: ViewBuilder<View>, events: readonly LoggedEvent[], now: number): View {
  for (const event of events) {
    if (event.at > now) break;
    builder.add(event);
  }
  return builder.read(now);
}
