import type { PageStateView, PageStatus } from '../lib/messages';

const HEADLINE: Record<PageStatus, string> = {
  loading: 'Reading this page…',
  article: 'Read as an article',
  'not-article': 'Not an article',
  disabled: 'Crosslight is off on this site',
  error: 'This page could not be read',
};

/** Where the page stands: read or not, and whether it is in the reader's store. */
export function PopupStatus({ page, excluded }: { page: PageStateView; excluded: boolean }) {
  const storage =
    page.status !== 'article'
      ? null
      : page.saving
        ? 'Saving in your store…'
        : page.stored
          ? 'Saved in your store.'
          : excluded
            ? 'Kept out of your store.'
            : 'Not saved in your store.';
  return (
    <section class={`cl-status cl-status--${page.status}`} data-testid="popup-status" data-status={page.status} aria-live="polite">
      <p class="cl-status__headline">{HEADLINE[page.status]}</p>
      {page.detail && <p class="cl-status__detail">{page.detail}</p>}
      {storage && <p class="cl-status__detail">{storage}</p>}
    </section>
  );
}
