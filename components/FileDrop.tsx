import { useState } from 'preact/hooks';

export interface FileDropProps {
  id: string;
  label: string;
  hint: string;
  accept: string;
  multiple: boolean;
  disabled?: boolean;
  testId?: string;
  onFiles: (files: File[]) => void;
}

/** A drop zone that is also a file picker, so the keyboard reaches what the mouse can drag. */
export function FileDrop({ id, label, hint, accept, multiple, disabled = false, testId, onFiles }: FileDropProps) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0 && !disabled) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      class={`cl-drop${over ? ' cl-drop--over' : ''}${disabled ? ' cl-drop--disabled' : ''}`}
      onDragEnter={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files);
      }}
    >
      <p class="cl-drop__label">{label}</p>
      <p class="cl-muted cl-small">{hint}</p>
      <input
        id={id}
        class="cl-visually-hidden"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file picked again must fire again (a retry after fixing an error).
          event.currentTarget.value = '';
        }}
      />
      <label class="cl-button" for={id} aria-disabled={disabled}>
        Choose {multiple ? 'files' : 'a file'}…
      </label>
    </div>
  );
}
