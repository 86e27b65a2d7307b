/** BigBlueButton 2.6: see bbb2x.ts (raise hand as the `raiseHand` emoji status, no mute-all ids). */
import type { RoomModel } from '../model';
import type { RenderOptions, RoomView } from './context';
import { mountBbb2x } from './bbb2x';

export function mountBbb26(doc: Document, model: RoomModel, options: Omit<RenderOptions, 'version'>): RoomView {
  return mountBbb2x(doc, model, { ...options, version: '2.6' });
}
