/** The column mapping of an import: for each roster column, which column of the file feeds it. */
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import type { ColumnMapping, RosterColumn, RosterPreview } from '../../../shared/roster';
import { ROSTER_COLUMNS } from '../../../shared/roster';
import { useT } from '../../ui/language';
import { columnLetter } from './rosterMessages';

const COLUMN_LABELS: Record<RosterColumn, PlainMessageKey> = {
  seat: 'roster.field.seat',
  name: 'roster.field.name',
  office: 'roster.field.office',
  group: 'roster.field.group',
  role: 'roster.field.role',
};

export function MappingFields({ preview, onChange }: { preview: RosterPreview; onChange(mapping: ColumnMapping): void }) {
  const t = useT();
  const choose = (column: RosterColumn, value: string) => onChange({ ...preview.mapping, [column]: value === '' ? null : Number(value) });
  return (
    <fieldset className="roster-mapping">
      <legend>{t('roster.import.mapping')}</legend>
      {ROSTER_COLUMNS.map((column) => (
        <label key={column} className="field">
          <span>{t(COLUMN_LABELS[column])}</span>
          <select name={`map-${column}`} value={preview.mapping[column] ?? ''} onChange={(event) => choose(column, event.target.value)}>
            <option value="">{t('roster.import.notMapped')}</option>
            {preview.columnTitles.map((title, index) => (
              <option key={index} value={index}>
                {title === '' ? t('roster.import.column', { letter: columnLetter(index) }) : t('roster.import.columnTitled', { letter: columnLetter(index), title })}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
