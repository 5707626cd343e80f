/**
 * The devtools protocol on another target than a page, such as the extension's service worker,
 * which playwright-core cannot open a session on: the page session's Target domain attaches to
 * it and carries the messages.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface TargetSession {
  send<R = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<R>;
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
  detach(): Promise<void>;
}

/** The extension's service worker targets (there is at most one running). */
export async function serviceWorkerTargets(cdp: CDPSession, extensionOrigin: string): Promise<{ targetId: string; url: string }[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(extensionOrigin));
}

/** A page-level session to drive the Target domain from (any page of the context). */
export async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const page = context.pages()[0] ?? (await context.newPage());
  return context.newCDPSession(page);
}

export async function attachToTarget(cdp: CDPSession, targetId: string): Promise<TargetSession> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  const onMessage = (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; method?: string; params?: Record<string, unknown>; result?: never; error?: { message: string } };
    if (message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result as never);
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
    }
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send: <R>(method: string, params: Record<string, unknown> = {}) =>
      new Promise<R>((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve: resolve as (value: never) => void, reject });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      }),
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      for (const waiting of pending.values()) waiting.reject(new Error('detached'));
      // A worker the browser stopped is detached already; that is the state asked for.
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}
