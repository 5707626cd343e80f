import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Manager } from '../../components/Manager';
import { ReloadNotice } from '../../components/ReloadNotice';
import type { Request } from '../../lib/messages';
import { addThrough } from '../../lib/ui/article-adder';
import { tabFromHash } from '../../lib/ui/manager-tabs';
import { openCrosslightDb } from '../../lib/store/db';
import { openWithNotice, watchDbLifecycle } from '../../lib/store/db-lifecycle';
import { searchClaims } from '../../lib/store/search';
import { storeTransferOn } from '../../lib/ui/store-transfer';
import { managerSettings } from '../../lib/settings';
import '../../components/styles/manager.css';

const background = (message: Request) => browser.runtime.sendMessage(message);
// Dropped pages are parsed here, into a document that is never attached: no script runs, nothing loads.
const parser = new DOMParser();
const parseHtml = (html: string) => parser.parseFromString(html, 'text/html');
const db = openCrosslightDb();

// An update that changes the store's format closes this page's connection: say so, offer a reload.
const notice = document.body.insertBefore(document.createElement('div'), document.body.firstChild);
watchDbLifecycle(db, {
  onStale: (message) => render(<ReloadNotice message={message} onReload={() => location.reload()} />, notice),
  onBlocked: (message) => render(<ReloadNotice message={message} />, notice),
});
// Opened while the page renders, not by the claims list's first search, which would wait for it; a
// failure to open shows as that search's error. A notice of its own, so that it never hides the
// lifecycle's (a blocked upgrade is also a slow opening).
const opening = document.body.insertBefore(document.createElement('div'), notice.nextSibling);
void openWithNotice(db, (message) => render(message ? <ReloadNotice message={message} /> : null, opening)).catch(() => undefined);

render(
  <Manager
    background={background}
    searchClaims={(query, filter, page) => searchClaims(db, query, filter, page)}
    storage={{
      estimate: () => navigator.storage.estimate(),
      persisted: () => navigator.storage.persisted(),
      persist: () => navigator.storage.persist(),
    }}
    settings={managerSettings}
    // Article extraction and the sample texts load when first wanted: the claims list opens without them.
    readArticle={async (file) => (await import('../../lib/ui/article-files')).readArticleFile(file, parseHtml)}
    addArticle={addThrough(background)}
    samples={async () => (await import('./samples')).sampleFiles()}
    transfer={storeTransferOn(db)}
    initialTab={tabFromHash(location.hash)}
    onTabChange={(tab) => history.replaceState(null, '', `#${tab}`)}
  />,
  document.getElementById('app')!,
);
