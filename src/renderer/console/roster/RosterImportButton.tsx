/** "Nhập từ Excel/CSV": a large button that opens the file chooser; the chosen file goes to the preview. */
import { useRef } from 'react';
import { useT } from '../../ui/language';

/** The file types offered in the chooser; the content is checked by its bytes anyway. */
const ACCEPTED = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function RosterImportButton({ onFile }: { onFile(file: File): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => input.current?.click()}>
        {t('roster.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        hidden
        data-testid="roster-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
