/**
 * Reads a chosen roster file into its preview and keeps the secretary's
 * changes to it (sheet, column mapping). Nothing is sent from here.
 */
import { useEffect, useState } from 'react';
import type { ColumnMapping, RosterPreview, RosterRefusalCode } from '../../../shared/roster';
import { readRoster, remapRoster, ROSTER_LIMITS } from '../../../shared/roster';

export type RosterFileState =
  | { step: 'reading' }
  | { step: 'refused'; code: RosterRefusalCode }
  | { step: 'preview'; preview: RosterPreview };

async function readFile(file: File, sheet: string | undefined): Promise<RosterFileState> {
  // Checked before the bytes are read, so a huge file is never loaded.
  if (file.size > ROSTER_LIMITS.maxBytes) return { step: 'refused', code: 'too_large' };
  const result = await readRoster(new Uint8Array(await file.arrayBuffer()), sheet === undefined ? {} : { sheet });
  return result.ok ? { step: 'preview', preview: result.preview } : { step: 'refused', code: result.code };
}

export function useRosterFile(file: File) {
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [state, setState] = useState<RosterFileState>({ step: 'reading' });
  useEffect(() => {
    let current = true;
    setState({ step: 'reading' });
    void readFile(file, sheet).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [file, sheet]);

  function setMapping(mapping: ColumnMapping) {
    setState((previous) => (previous.step === 'preview' ? { step: 'preview', preview: remapRoster(previous.preview, mapping) } : previous));
  }
  return { state, setSheet, setMapping };
}
