/** What a moderator does to the picker, as DOM events (tests only). */
export const move = (element: Element) => element.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
export const click = (element: Element) => element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
export const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

/** Empties the page and removes any picker host left behind. */
export function clearPage() {
  document.body.innerHTML = '';
  document.querySelectorAll('moderato-picker').forEach((host) => host.remove());
}
