import type { ComponentChildren } from 'preact';

export interface ChoiceOptionProps {
  /** The radio button or checkbox the option is for. */
  children: ComponentChildren;
  label: string;
  hint: string;
}

/** One option of a settings choice: its control, a label and a line saying what it does. */
export function ChoiceOption({ children, label, hint }: ChoiceOptionProps) {
  return (
    <label class="cl-radio">
      {children}
      <span>
        <span class="cl-radio__label">{label}</span>
        <span class="cl-radio__hint">{hint}</span>
      </span>
    </label>
  );
}
