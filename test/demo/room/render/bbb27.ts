/** BigBlueButton 2.7: see bbb2x.ts (separate raise-hand field, `muteAll` and `raiseHandRejection` ids). */
import type { RoomModel } from '../model';
import type { RenderOptions, RoomView } from './context';
import { mountBbb2x } from './bbb2x';

export function mountBbb27(doc: Document, model: RoomModel, options: Omit<RenderOptions, 'version'>): RoomView {
  return mountBbb2x(doc, model, { ...options, version: '2.7' });
}
