/**
 * Class names the way styled-components writes them in BBB's production build: each styled
 * component gets a stable `sc-xxxxx` id, and each set of props it renders with a generated class
 * from a hash (`sc-aXZVg kPuKaJ`). Nothing reads them; they are there so that Moderato meets the
 * same meaningless, changing class names as on a real 4.0 room.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function hash(text: string): number {
  let value = 5381;
  for (let index = 0; index < text.length; index++) value = (value * 33) ^ text.charCodeAt(index);
  return value >>> 0;
}

function letters(value: number, length: number): string {
  let out = '';
  for (let index = 0; index < length; index++) {
    out += LETTERS[value % LETTERS.length];
    value = Math.floor(value / LETTERS.length) + index * 7;
  }
  return out;
}

/** `sc-<id> <generated>`: the component's id, then the class of this variant of its styles. */
export function sc(component: string, ...variant: (string | boolean | number | null | undefined)[]): string {
  const id = letters(hash(component), 5);
  const generated = letters(hash(`${component}|${variant.join('|')}`), 6);
  return `sc-${id} ${generated}`;
}
