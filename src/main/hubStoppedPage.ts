import { translate } from '../shared/i18n/translate';

/**
 * The page the console window shows once the hub has stopped for good: the
 * console itself would only say it is reconnecting, which it never will.
 * A data: URL, so it needs nothing from the hub.
 */
export function hubStoppedPageUrl(exitCode: number): string {
  const title = escapeHtml(translate('vi', 'desktop.hubStoppedTitle'));
  const message = escapeHtml(translate('vi', 'desktop.hubKeepsStopping', { code: exitCode }));
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;margin:3rem;max-width:40rem"><h1>${title}</h1><p role="alert">${message}</p></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
