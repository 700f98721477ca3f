/**
 * The pages of one add-in that each hold the data tell each other when what is kept in IndexedDB changed: in WPS
 * 表格 the hidden entry page answers the PLAN functions while the task pane, a page of its own, refreshes and
 * imports. One BroadcastChannel of the add-in's origin carries the version now in use. Excel's shared runtime is
 * one page: there the message has no other listener.
 */
const CHANNEL = "plan-targets:data";

/** What is used of a BroadcastChannel (typed here: the library's Node build has no DOM types). */
interface Channel {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
}

function channel(): Channel | null {
  const open = (globalThis as unknown as { BroadcastChannel?: new (name: string) => Channel }).BroadcastChannel;
  return typeof open === "function" ? new open(CHANNEL) : null;
}

/** Tells the add-in's other pages that the data kept changed; `version` is the one now in use here. */
export function announceDataChange(version: string): void {
  const sender = channel();
  if (!sender) return;
  sender.postMessage({ version });
  sender.close();
}

/** Calls `listener` with the version another page announces; returns how to stop listening. */
export function onDataChange(listener: (version: string) => void): () => void {
  const receiver = channel();
  if (!receiver) return () => undefined;
  receiver.onmessage = (event) => {
    const version = (event.data as { version?: unknown } | null)?.version;
    if (typeof version === "string") listener(version);
  };
  return () => receiver.close();
}
