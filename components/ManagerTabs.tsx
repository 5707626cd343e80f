import { useRef } from 'preact/hooks';
import { MANAGER_TABS, tabAfterKey, type ManagerTab } from '../lib/ui/manager-tabs';

/** The section switcher: one tab stop, arrow keys move between sections (WAI-ARIA tabs pattern). */
export function ManagerTabs({ current, onChange }: { current: ManagerTab; onChange: (tab: ManagerTab) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(current, event.key);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
    list.current?.querySelector<HTMLButtonElement>(`#manager-tab-${next}`)?.focus();
  };
  return (
    <div ref={list} class="cl-tabs" role="tablist" aria-label="Sections of the manager" onKeyDown={onKeyDown}>
      {MANAGER_TABS.map((tab) => (
        <button
          key={tab.id}
          id={`manager-tab-${tab.id}`}
          type="button"
          role="tab"
          class="cl-tab"
          aria-selected={tab.id === current}
          aria-controls={`manager-panel-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          data-testid={`manager-tab-${tab.id}`}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
