import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isSiteDisabled } from '../../lib/background/page-policy';
import { PageSession } from '../../lib/content/page-session';
import type { Request } from '../../lib/messages';
import { handleMessage, type Handlers } from '../../lib/messaging/protocol-server';
import { readHighlightChoice } from '../../lib/highlight/painter';
import { disabledSitesSetting, hiddenSitesSetting, highlightChoiceSetting } from '../../lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise post a message naming the extension's id to every page it runs in.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // WXT stops this script when a "newer copy started" event reaches the document, and a page can
    // dispatch that event itself: it must not be able to switch Crosslight off. Nothing injects a
    // second copy of this script into a page, so there is no older copy for the event to stop.
    ctx.verifyScriptStartedEvent = () => false;
    const reportError = (error: unknown, context: string) => console.error(`Crosslight (${context}):`, error);
    const host = location.hostname.toLowerCase();
    const session = new PageSession({
      doc: document,
      location: () => location.href,
      transport: (message: Request) => browser.runtime.sendMessage(message),
      onError: reportError,
    });

    const handlers: Handlers<undefined> = {
      'page.state': async () => session.state(),
      'page.add': () => session.add(),
      'page.forgotten': () => session.forget(),
    };
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) {
        return Promise.resolve({ ok: false, error: 'Refused a message that does not come from Crosslight itself.' });
      }
      return handleMessage(handlers, message, undefined, reportError);
    };
    browser.runtime.onMessage.addListener(onMessage);

    const unwatchDisabled = disabledSitesSetting.watch((sites) => {
      session.setDisabled(isSiteDisabled(host, sites ?? [])).catch((error: unknown) => reportError(error, 'settings'));
    });
    const unwatchHidden = hiddenSitesSetting.watch((sites) => session.setHidden(isSiteDisabled(host, sites ?? [])));
    const unwatchChoice = highlightChoiceSetting.watch((choice) => session.setHighlightChoice(readHighlightChoice(choice)));
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchDisabled();
      unwatchHidden();
      unwatchChoice();
      session.dispose();
    });

    const [disabledSites, hiddenSites, choice] = await Promise.all([disabledSitesSetting.getValue(), hiddenSitesSetting.getValue(), highlightChoiceSetting.getValue()]);
    await session.start({ disabled: isSiteDisabled(host, disabledSites), hidden: isSiteDisabled(host, hiddenSites), choice: readHighlightChoice(choice) });
  },
});
