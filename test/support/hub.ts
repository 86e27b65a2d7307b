import type { HubPort } from '../../background/hub/ports';

/** A Port double: what the hub posts is recorded; `send` plays the other side. */
export function fakePort<Incoming, Outgoing>() {
  const messageListeners: ((message: Incoming) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const posted: Outgoing[] = [];
  const port: HubPort<Incoming, Outgoing> = {
    postMessage: (message) => void posted.push(message),
    onMessage: { addListener: (listener) => void messageListeners.push(listener) },
    onDisconnect: { addListener: (listener) => void disconnectListeners.push(listener) },
  };
  return {
    port,
    posted,
    send: (message: Incoming) => messageListeners.forEach((listener) => listener(message)),
    disconnect: () => disconnectListeners.forEach((listener) => listener()),
    last: () => posted[posted.length - 1],
  };
}
