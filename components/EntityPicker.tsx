import { useEffect, useState } from 'preact/hooks';
import type { EntityListItem } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatCount } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';
import { useDebounced } from '../lib/ui/use-debounced';

export interface EntityPickerProps {
  id: string;
  label: string;
  background: Transport;
  onPick: (entity: EntityListItem) => void;
  /** Entities that cannot be picked (the one being merged into). */
  exclude?: string;
  placeholder?: string;
}

const SUGGESTIONS = 8;

/** A combobox that finds an entity by any word of its name or aliases. */
export function EntityPicker({ id, label, background, onPick, exclude, placeholder = 'Type a name' }: EntityPickerProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [options, setOptions] = useState<EntityListItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 100);

  useEffect(() => {
    if (!query) {
      setOptions([]);
      return;
    }
    let live = true;
    request(background, { type: 'entities.list', query, sort: 'mentions', offset: 0, limit: SUGGESTIONS + 1 }).then(
      (page) => {
        if (!live) return;
        setOptions(page.items.filter((item) => item.id !== exclude).slice(0, SUGGESTIONS));
        setActive(0);
        setError(null);
      },
      (failure: unknown) => live && setError(messageOf(failure)),
    );
    return () => {
      live = false;
    };
  }, [background, query, exclude]);

  const pick = (entity: EntityListItem | undefined) => {
    if (!entity) return;
    onPick(entity);
    setText('');
    setOpen(false);
  };
  const expanded = open && options.length > 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((active + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div class="cl-picker">
      <label class="cl-field">
        <span>{label}</span>
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-options`}
          aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
          value={text}
          placeholder={placeholder}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
      </label>
      <ul id={`${id}-options`} role="listbox" class="cl-picker__options" hidden={!expanded} aria-label={`${label}: suggestions`}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'cl-picker__option cl-picker__option--active' : 'cl-picker__option'}
            onMouseDown={(event) => {
              // Keep focus in the input so the blur does not close the list before the click lands.
              event.preventDefault();
              pick(option);
            }}
          >
            <span>{option.name}</span>
            <span class="cl-muted cl-small">
              {option.type} · {formatCount(option.mentionCount, 'mention')}
            </span>
          </li>
        ))}
      </ul>
      {error && (
        <p class="cl-error" role="alert">
          Could not look up entities: {error}
        </p>
      )}
    </div>
  );
}
