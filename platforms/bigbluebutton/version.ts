/** BBB version families Moderato tells apart from the DOM (see detect.ts). */
export type BbbVersion = '2.6' | '2.7' | '3.0';

/** 2.x: react-virtualized lists, grouped chat windows, lock toggles checked = locked. */
export function isLegacy(version: BbbVersion): boolean {
  return version !== '3.0';
}
