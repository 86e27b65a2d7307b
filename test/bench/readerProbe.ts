// The BigBlueButton reader alone, as `reader.mjs` injects it into a room page: no extension, no
// hub, no overlay. Its sink only counts, so what the page pays is the reading itself.
import { readBbb } from '../../platforms/bigbluebutton/read';

const counts = { events: 0, errors: 0 };
readBbb(
  document,
  {
    events: (events) => void (counts.events += events.length),
    health: () => undefined,
    error: () => void (counts.errors += 1),
  },
  new AbortController().signal,
);
(globalThis as { __readerProbe?: () => typeof counts }).__readerProbe = () => ({ ...counts });
