import type { DocumentInfo, SessionState } from '../../shared/protocol';
import { useT } from '../ui/language';

interface PresenterDocumentPickerProps {
  state: SessionState;
  shownDocument: DocumentInfo | undefined;
  onChoose(chosen: DocumentInfo): void;
}

/** The documents to present, grouped by agenda item, the current item's first. */
export function PresenterDocumentPicker({ state, shownDocument, onChoose }: PresenterDocumentPickerProps) {
  const t = useT();
  const groups = state.agenda
    .map((item) => ({ item, documents: state.documents.filter((candidate) => candidate.itemId === item.id) }))
    .filter((group) => group.documents.length > 0)
    .sort((a, b) => Number(b.item.id === state.currentItemId) - Number(a.item.id === state.currentItemId));
  return (
    <label className="field presenter-choose">
      <span>{t('present.choose')}</span>
      <select
        value={shownDocument?.id ?? ''}
        data-testid="presenter-document"
        onChange={(event) => {
          const chosen = state.documents.find((candidate) => candidate.id === event.target.value);
          if (chosen) onChoose(chosen);
        }}
      >
        <option value="" disabled>
          {t('present.choose')}
        </option>
        {groups.map(({ item, documents }) => (
          <optgroup key={item.id} label={item.title}>
            {documents.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
