/**
 * React keeps its own copy of an input's value: assigning `.value` is invisible to it. Going
 * through the prototype's native setter and then firing a bubbling `input` event is what makes
 * React's onChange run, as if the person had typed.
 */
export function setReactTextValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const view = field.ownerDocument.defaultView;
  const proto = field.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(field, value);
  else field.value = value;
  const EventCtor = view?.Event ?? Event;
  field.dispatchEvent(new EventCtor('input', { bubbles: true }));
}
