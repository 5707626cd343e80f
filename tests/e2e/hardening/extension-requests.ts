/**
 * Every request Crosslight's own contexts make in Chromium, recorded through the devtools
 * protocol: the service worker (each time the browser starts it) and the offscreen document it
 * reads pages in (each time it is opened), the extension's pages, and the
 * content script (requests in web pages whose initiator is the extension's code). The browser
 * sends anything non-local to a refusing proxy anyway; this counts the attempts.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from '../../../scripts/harness/chromium';
import { attachToTarget, browserSession, type TargetSession } from '../../../scripts/harness/cdp-target';

export interface ExtensionRequest {
  from: 'background' | 'extension page' | 'content script';
  url: string;
}

export interface RequestRecorder {
  readonly requests: readonly ExtensionRequest[];
  stop(): Promise<void>;
}

interface Initiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}

/** The extension's own files are not requests that leave anything. */
const own = (url: string, origin: string) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');

function initiatedBy(initiator: Initiator | undefined, origin: string): boolean {
  if (!initiator) return false;
  if (initiator.url?.startsWith(origin)) return true;
  for (let stack = initiator.stack; stack; stack = stack.parent) if (stack.callFrames.some((frame) => frame.url.startsWith(origin))) return true;
  return false;
}

export async function recordExtensionRequests(session: ChromiumSession): Promise<RequestRecorder> {
  const origin = `chrome-extension://${session.extensionId}`;
  const requests: ExtensionRequest[] = [];
  const workers = new Map<string, TargetSession>();
  const pages: CDPSession[] = [];
  const control = await browserSession(session.context);

  const watchWorker = async (targetId: string) => {
    if (workers.has(targetId)) return;
    const worker = await attachToTarget(control, targetId);
    workers.set(targetId, worker);
    worker.on('Network.requestWillBeSent', (event) => {
      const url = (event.request as { url: string }).url;
      if (!own(url, origin)) requests.push({ from: 'background', url });
    });
    await worker.send('Network.enable');
  };
  // The offscreen document is a background page to the devtools protocol, not a tab.
  const isBackground = (target: { type: string; url: string }) => (target.type === 'service_worker' || target.type === 'background_page') && target.url.startsWith(origin);
  control.on('Target.targetCreated', ({ targetInfo }) => {
    // A worker stopped again before it could be watched made no request to record.
    if (isBackground(targetInfo)) void watchWorker(targetInfo.targetId).catch(() => workers.delete(targetInfo.targetId));
  });
  control.on('Target.targetDestroyed', ({ targetId }) => workers.delete(targetId));
  await control.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await control.send('Target.getTargets');
  for (const target of targetInfos) if (isBackground(target)) await watchWorker(target.targetId);

  const watchPage = async (page: Page) => {
    const cdp = await session.context.newCDPSession(page);
    pages.push(cdp);
    cdp.on('Network.requestWillBeSent', (event) => {
      const { url } = event.request;
      if (own(url, origin)) return;
      if (page.url().startsWith(origin)) requests.push({ from: 'extension page', url });
      else if (initiatedBy(event.initiator as Initiator, origin)) requests.push({ from: 'content script', url });
    });
    await cdp.send('Network.enable');
  };
  // A page closed before it could be watched made no request to record.
  const onPage = (page: Page) => void watchPage(page).catch(() => undefined);
  session.context.on('page', onPage);
  for (const page of session.context.pages()) await watchPage(page);

  return {
    requests,
    stop: async () => {
      session.context.off('page', onPage);
      for (const worker of workers.values()) await worker.detach();
      // Sessions of closed pages are detached already.
      for (const cdp of pages) await cdp.detach().catch(() => undefined);
      await control.detach();
    },
  };
}
