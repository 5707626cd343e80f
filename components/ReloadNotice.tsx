/**
 * A notice across the top of one of Crosslight's pages when the store moved on without it (an
 * update changed its format): the page's connection is closed and only a reload brings it back.
 */
export interface ReloadNoticeProps {
  message: string;
  /** Absent while the page only waits for another page to let go of the store. */
  onReload?: () => void;
}

export function ReloadNotice({ message, onReload }: ReloadNoticeProps) {
  return (
    <div role="alert" data-testid="reload-notice" style={{ padding: '0.75rem 1rem', borderBottom: '2px solid currentColor', fontWeight: 600 }}>
      {message}{' '}
      {onReload ? (
        <button type="button" onClick={onReload}>
          Reload
        </button>
      ) : null}
    </div>
  );
}
