// A real file input (the keyboard path, and what automation drives) inside a drop zone for the mouse.
// No `accept` filter: browser databases have no extension to filter on (Chromium's file is just "Cookies").
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function FilePicker({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-drop-zone"
    >
      <p className="drop-title">{t('import.dropHere')}</p>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        multiple
        disabled={disabled}
        aria-describedby={hintId}
        data-testid="import-file-input"
        onChange={(event) => {
          const files = event.target.files ? [...event.target.files] : [];
          // Cleared so that picking the same file again (after editing it) is a change too.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={inputId} className="button primary file-label">
        {t('import.chooseFiles')}
      </label>
      <p id={hintId} className="muted">
        {t('import.fileHint')}
      </p>
    </div>
  );
}
