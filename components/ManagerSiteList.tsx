import { useState } from 'preact/hooks';
import type { SettingHandle } from '../lib/ui/setting-port';
import { withItem } from '../lib/ui/sites';

export interface ManagerSiteListProps {
  id: string;
  title: string;
  description: string;
  list: SettingHandle<string[]>;
  /** Turns what the reader typed into the stored form, or null when it is not valid. */
  parse: (input: string) => string | null;
  placeholder: string;
  invalidMessage: string;
  emptyMessage: string;
}

/** An editable list of sites (or addresses) kept in one setting. */
export function ManagerSiteList({ id, title, description, list, parse, placeholder, invalidMessage, emptyMessage }: ManagerSiteListProps) {
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const items = list.value ?? [];
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const item = parse(input);
    if (item === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setInput('');
    void list.set(withItem(items, item, true));
  };
  return (
    <section class="cl-panel" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p class="cl-muted cl-small">{description}</p>
      {items.length === 0 ? (
        <p class="cl-muted cl-small cl-list-empty">{emptyMessage}</p>
      ) : (
        <ul class="cl-site-list">
          {items.map((item) => (
            <li key={item}>
              <span class="cl-site-list__item">{item}</span>
              <button type="button" class="cl-button cl-button--quiet" aria-label={`Remove ${item}`} onClick={() => void list.set(withItem(items, item, false))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="cl-site-form" onSubmit={onSubmit} noValidate>
        <label class="cl-visually-hidden" for={`${id}-input`}>
          Add to “{title}”
        </label>
        <input
          id={`${id}-input`}
          type="text"
          value={input}
          placeholder={placeholder}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onInput={(event) => setInput(event.currentTarget.value)}
          disabled={list.value === undefined}
        />
        <button type="submit" class="cl-button" disabled={list.value === undefined || input.trim() === ''}>
          Add
        </button>
      </form>
      {invalid && (
        <p id={`${id}-invalid`} class="cl-error" role="alert">
          {invalidMessage}
        </p>
      )}
      {list.error && (
        <p class="cl-error" role="alert">
          {list.error}
        </p>
      )}
    </section>
  );
}
