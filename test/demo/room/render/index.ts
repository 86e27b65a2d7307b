import type { RoomModel } from '../model';
import type { RenderOptions, RoomView } from './context';
import { mountBbb26 } from './bbb26';
import { mountBbb27 } from './bbb27';
import { mountBbb30 } from './bbb30';
import { mountBbb40 } from './bbb40';

export type { RenderOptions, RoomView } from './context';

/** Renders the room for one BBB version into `doc` and keeps it in sync with the model. */
export function mountRoom(doc: Document, model: RoomModel, options: RenderOptions): RoomView {
  const { version, ...rest } = options;
  if (version === '2.6') return mountBbb26(doc, model, rest);
  if (version === '2.7') return mountBbb27(doc, model, rest);
  if (version === '4.0') return mountBbb40(doc, model, rest);
  return mountBbb30(doc, model, rest);
}
