/** The manager's sections, in the order of its tab bar, and their place in the page address. */

export const MANAGER_TABS = [
  { id: 'sources', label: 'Sources' },
  { id: 'claims', label: 'Claims' },
  { id: 'entities', label: 'Entities' },
  { id: 'conflicts', label: 'Conflicts' },
  { id: 'add', label: 'Add articles' },
  { id: 'transfer', label: 'Import / Export' },
  { id: 'settings', label: 'Storage & settings' },
] as const;

export type ManagerTab = (typeof MANAGER_TABS)[number]['id'];

/** The section a `#hash` names; an unknown or empty hash opens the first. */
export function tabFromHash(hash: string): ManagerTab {
  const name = hash.replace(/^#/, '');
  return MANAGER_TABS.find((tab) => tab.id === name)?.id ?? 'sources';
}

/** The tab an arrow, Home or End key moves to from `current` (wrapping), or null for other keys. */
export function tabAfterKey(current: ManagerTab, key: string): ManagerTab | null {
  const index = MANAGER_TABS.findIndex((tab) => tab.id === current);
  const last = MANAGER_TABS.length - 1;
  const next =
    key === 'ArrowRight' ? (index + 1) % MANAGER_TABS.length
    : key === 'ArrowLeft' ? (index + last) % MANAGER_TABS.length
    : key === 'Home' ? 0
    : key === 'End' ? last
    : null;
  return next === null ? null : MANAGER_TABS[next]!.id;
}
