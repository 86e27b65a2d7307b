/**
 * BigBlueButton 4.0 rendered with React 18, as the real client is: keyed lists, memoised rows,
 * styled-components-like class names, the rail and one shared side panel (chat open on join).
 * Model changes are batched to the next microtask, then rendered synchronously (flushSync), so
 * `flush()` leaves the DOM up to date for tests and fixtures.
 */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { RoomModel } from '../model';
import { labelsFor } from '../labels';
import type { RenderOptions, RoomView } from './context';
import { App } from './bbb40/app';
import { DRIFTED_IDS_40, type Ctx40, type Ui40 } from './bbb40/context';
import { labels40 } from './bbb40/labels';
import { PAGE_SIZE } from './bbb40/participants';
import { ROOM40_CSS } from './bbb40/styles';

/**
 * React DOM looks at the global `window` (focus, the current event). Tests and fixtures render into
 * their own jsdom documents from Node, where there is none: lend it the window being rendered.
 */
const lentWindow = typeof window === 'undefined';
function lendWindow(doc: Document): void {
  if (lentWindow && doc.defaultView) (globalThis as { window?: unknown }).window = doc.defaultView;
}

export function mountBbb40(doc: Document, model: RoomModel, options: Omit<RenderOptions, 'version'>): RoomView {
  const labels = labelsFor(options.locale, '4.0');
  doc.title = `${labels.clientTitle} - ${model.meetingName}`;
  doc.documentElement.lang = options.locale;
  doc.documentElement.dir = 'ltr';
  if (!doc.head.querySelector('style[data-room-css]')) {
    const style = doc.createElement('style');
    style.setAttribute('data-room-css', '');
    style.textContent = ROOM40_CSS;
    doc.head.append(style);
  }
  const container = doc.createElement('div');
  container.id = 'app';
  doc.body.append(container);
  lendWindow(doc);
  const root = createRoot(container);

  const ui: Ui40 = { panel: options.panel ?? 'chat', revealedPages: new Set([0]), search: '', lockOpen: false };
  const drift = options.drift ?? false;
  let scheduled = false;
  const render = () => {
    scheduled = false;
    lendWindow(doc);
    const ctx: Ctx40 = {
      model,
      labels,
      l: labels40(options.locale),
      locale: options.locale,
      timeZone: options.timeZone,
      lockTabsOrder: options.lockTabsOrder ?? 'permissions-first',
      t: (id) => (drift ? (DRIFTED_IDS_40[id] ?? id) : id),
      ui,
      setUi: (change) => {
        Object.assign(ui, change);
        schedule();
      },
    };
    flushSync(() => root.render(React.createElement(App, { ctx })));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => scheduled && render());
  };
  const unsubscribe = model.subscribe(schedule);
  render();

  const reveal = (page: number) => {
    ui.revealedPages = new Set([...ui.revealedPages, page]);
    render();
  };
  return {
    flush: render,
    revealUserPage: (n) => reveal(n - 1),
    scrollUsersTo: (index) => reveal(Math.floor(index / PAGE_SIZE)),
    // Only the tail is mounted; scrolling up through history is not simulated on 4.0.
    scrollChatTo: () => render(),
    destroy: () => {
      unsubscribe();
      root.unmount();
      container.remove();
    },
  };
}
