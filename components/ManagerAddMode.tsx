import type { AddMode } from '../lib/settings';
import type { SettingHandle } from '../lib/ui/setting-port';
import { ChoiceOption } from './ChoiceOption';

const MODES: { mode: AddMode; label: string; hint: string }[] = [
  { mode: 'auto', label: 'Every article I read', hint: 'Recommended: matches across sources appear without any chores.' },
  { mode: 'ask', label: 'Only when I ask', hint: 'Articles are still highlighted; add them from the toolbar button.' },
  { mode: 'off', label: 'Never', hint: 'Articles are compared with what is already stored, and nothing new is saved.' },
];

export function ManagerAddMode({ addMode }: { addMode: SettingHandle<AddMode> }) {
  return (
    <fieldset class="cl-panel cl-radios" disabled={addMode.value === undefined}>
      <legend>Add articles to the store</legend>
      {MODES.map(({ mode, label, hint }) => (
        <ChoiceOption key={mode} label={label} hint={hint}>
          <input type="radio" name="add-mode" value={mode} checked={addMode.value === mode} onChange={() => void addMode.set(mode)} />
        </ChoiceOption>
      ))}
      {addMode.error && (
        <p class="cl-error" role="alert">
          {addMode.error}
        </p>
      )}
    </fieldset>
  );
}
