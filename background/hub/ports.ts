/** The part of a runtime Port the hub uses: lets tests drive the hub with plain objects. */
export interface HubPort<Incoming, Outgoing> {
  postMessage(message: Outgoing): void;
  onMessage: { addListener(listener: (message: Incoming) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
