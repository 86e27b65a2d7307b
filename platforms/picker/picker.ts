/**
 * The point-and-click picker, run inside a room page: the moderator points at "the chat", "a
 * participant row"… and clicks. The outline and the live count are drawn in Moderato's own host
 * (`<moderato-picker>`, closed shadow root, pointer-events: none); the page's elements are never
 * changed. While it runs, clicks and presses are caught in the capture phase (preventDefault +
 * stopPropagation), so the page does not react; Escape cancels. Only the moderator's own input
 * counts: events a page script made (`isTrusted` false) neither point, pick nor cancel. When
 * done, every listener and the host are removed.
 */
import { generateSelector, repeatingItem, type GeneratedSelector } from './generate';
import { safeQueryAll, safeQueryOne } from '../taught/query';
import { inComposer, SEND_CONTROL } from '../taught/composer';
import { isSendControlSelector } from '../../core/packs/selector';
import { LIST_ROLES, type PackRole } from '../../core/packs/schema';
import { fill } from '../../core/i18n/fill';
import { roomMessagesFor } from '../../core/i18n/room';
import { packRoleLabel } from '../../core/i18n/packRoles';

export const PICKER_HOST_TAG = 'moderato-picker';

export interface PickerOptions {
  onPicked(selector: string, count: number): void;
  onCancel(): void;
  /** Each time the pointed element changes: its selector (null when none) and how many it finds. */
  onHover?(selector: string | null, count: number): void;
  /**
   * For roles read inside another (participantName, raisedHand in a participantRow; chatSender,
   * chatText in a chatMessage): the container role's taught selector. The picked selector is
   * then relative to the container, and the count adds up every container.
   */
  within?: string;
  /** For chatSend: the taught chat box's selector; only a send control of its composer can be taught. */
  composer?: string;
  locale?: 'fr' | 'en';
  /** Whether an event is the moderator's (default `isTrusted`); tests, whose events are all synthetic, override it. */
  trusts?: (event: Event) => boolean;
}

export interface PickerHandle {
  /** Ends the picker without calling onPicked or onCancel. Safe to call twice. */
  stop(): void;
}

const BLOCKED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'];

const STYLE = `
  :host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
  .box { position: fixed; border: 2px solid #7c3aed; background: rgba(124, 58, 237, 0.12); border-radius: 3px; display: none; }
  .label { position: fixed; left: 12px; bottom: 12px; padding: 6px 10px; border-radius: 6px;
    font: 13px/1.3 system-ui, sans-serif; color: #fff; background: #312e81; }
`;

function countFor(doc: Document, selector: string, within: string | undefined): number {
  if (!within) return safeQueryAll(doc, selector).length;
  return safeQueryAll(doc, within).reduce((sum, container) => sum + safeQueryAll(container, selector).length, 0);
}

function isOwn(node: EventTarget | null): boolean {
  const element = node as Element | null;
  return !!element && typeof element.closest === 'function' && element.closest(PICKER_HOST_TAG) !== null;
}

export function startPicker(doc: Document, role: PackRole, options: PickerOptions): PickerHandle {
  const view = doc.defaultView;
  const target: EventTarget = view ?? doc;
  const t = roomMessagesFor(options.locale ?? 'fr');
  const what = packRoleLabel(t, role);
  const list = LIST_ROLES.has(role);

  const host = doc.createElement(PICKER_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const label = doc.createElement('div');
  label.className = 'label';
  shadow.append(style, box, label);
  (doc.documentElement ?? doc.body).append(host);

  const say = (text: string) => (label.textContent = text);
  say(fill(t.pickerClick, { what }));

  let pointed: Element | null = null;
  let generated: GeneratedSelector | null = null;
  let stopped = false;

  const generate = (element: Element): GeneratedSelector | null => {
    let container: Element | undefined;
    if (options.within) {
      try {
        container = element.closest(options.within) ?? undefined;
      } catch {
        container = undefined;
      }
      if (!container) return null;
    }
    const made = generateSelector(element, { list, within: container });
    return made && { selector: made.selector, count: countFor(doc, made.selector, options.within) };
  };

  /** The send control pointed at, in the chat box's composer, with a selector that names a send control. */
  const generateSend = (element: Element): GeneratedSelector | null => {
    const field = safeQueryOne(doc, options.composer);
    if (!field || !inComposer(field, element)) return null;
    const made = generateSelector(element);
    if (!made) return null;
    const kind = element.localName === 'button' ? 'button' : element.localName === 'input' ? 'input[type="submit"]' : '[role="button"]';
    const selector = isSendControlSelector(made.selector) ? made.selector : `${kind}:is(${made.selector})`;
    return { selector, count: safeQueryAll(doc, selector).length };
  };

  const point = (under: Element) => {
    // For a list of items (rows, messages) the outline shows the whole repeated item that will be taught.
    const element = role === 'chatSend' ? (under.closest(SEND_CONTROL) ?? under) : list && !options.within ? repeatingItem(under) : under;
    if (element === pointed) return;
    pointed = element;
    generated = role === 'chatSend' ? generateSend(element) : generate(element);
    const rect = element.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    if (generated) say(fill(t.pickerFound, { what, count: generated.count }));
    else say(fill(t.pickerNothing, { what }));
    options.onHover?.(generated?.selector ?? null, generated?.count ?? 0);
  };

  const elementOf = (event: Event): Element | null => {
    const node = event.target as Node | null;
    if (!node || isOwn(node)) return null;
    return node.nodeType === 1 ? (node as Element) : node.parentElement;
  };

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  };

  const trusts = options.trusts ?? ((event: Event) => event.isTrusted);

  const onMove = (event: Event) => {
    if (!trusts(event)) return;
    const element = elementOf(event);
    if (element) point(element);
  };
  const onClick = (event: Event) => {
    swallow(event);
    if (!trusts(event)) return;
    const element = elementOf(event);
    if (!element) return;
    point(element);
    if (!generated) return; // Nothing usable here: keep picking.
    const { selector, count } = generated;
    finish();
    options.onPicked(selector, count);
  };
  const onKey = (event: Event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || !trusts(event)) return;
    swallow(event);
    finish();
    options.onCancel();
  };

  const listeners: [string, (event: Event) => void][] = [
    ['pointermove', onMove],
    ['mousemove', onMove],
    ['click', onClick],
    ['keydown', onKey],
    ...BLOCKED.map((type): [string, (event: Event) => void] => [type, swallow]),
  ];
  for (const [type, listener] of listeners) target.addEventListener(type, listener, { capture: true });

  function finish() {
    if (stopped) return;
    stopped = true;
    for (const [type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
    host.remove();
  }

  return { stop: finish };
}
