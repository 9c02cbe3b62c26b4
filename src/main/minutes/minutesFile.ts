/**
 * A minutes file made from a session's events: the document built, laid out
 * as DOCX or PDF, and named in the document's language for the download.
 * Shared by the `minutes` command and the hub's `/api/minutes` route.
 */
import { translate } from '../../shared/i18n/translate';
import { buildMinutes, countReportScopes } from './buildMinutes';
import type { MinutesSourceEvent } from './buildMinutes';
import type { MinutesScope } from './minutesDocument';
import { renderDocx } from './render/renderDocx';
import { renderPdf } from './render/renderPdf';

export const MINUTES_FORMATS = ['docx', 'pdf'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

export const MINUTES_CONTENT_TYPES: Record<MinutesFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface MinutesFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export function isMinutesFormat(value: unknown): value is MinutesFormat {
  return value === 'docx' || value === 'pdf';
}

/** Builds and lays out the document; throws the builder's MinutesError for a scope the log cannot fill. */
export async function makeMinutesFile(events: readonly MinutesSourceEvent[], scope: MinutesScope, format: MinutesFormat, locale: 'vi' | 'en' = 'vi'): Promise<MinutesFile> {
  const doc = buildMinutes(events, scope, locale);
  const bytes = format === 'docx' ? await renderDocx(doc) : await renderPdf(doc);
  return { fileName: `${minutesFileStem(events, scope, locale)}.${format}`, contentType: MINUTES_CONTENT_TYPES[format], bytes };
}

/** "Biên bản kỳ họp", "Biên bản phiên họp 2", "Biên bản kiểm phiếu Bầu Phó Chủ tịch…". */
export function minutesFileStem(events: readonly MinutesSourceEvent[], scope: MinutesScope, locale: 'vi' | 'en'): string {
  if (scope.kind === 'countReport') {
    const title = countReportScopes(events).find((entry) => entry.voteId === scope.voteId)?.title ?? scope.voteId;
    return fileSafe(translate(locale, 'minutes.fileName.countReport', { vote: title.slice(0, 80) }));
  }
  if (scope.sitting === null) return translate(locale, 'minutes.fileName.session');
  return translate(locale, 'minutes.fileName.sitting', { sitting: scope.sitting });
}

/** Without the characters file systems refuse (`/ \ : * ? " < > |` and controls). */
function fileSafe(name: string): string {
  return name.replace(/[/\\:*?"<>|\u0000-\u001F]/g, ' ').replace(/\s+/g, ' ').trim();
}
