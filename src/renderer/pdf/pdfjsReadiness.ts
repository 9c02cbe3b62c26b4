/**
 * Starts pdf.js ahead of need (see pdfjs.ts, `preparePdfjs`), retrying while
 * the hub is out of reach, and marks the page when it is ready
 * (`data-pdf-reader="ready"` on the root element), which the offline test
 * waits for. The pdf.js code itself is loaded by this import.
 */
const RETRY_MS = 5000;

export function preparePdfReader(root: HTMLElement = document.documentElement): void {
  root.dataset.pdfReader = 'loading';
  const attempt = () => {
    import('./pdfjs')
      .then(({ preparePdfjs }) => preparePdfjs())
      .then(
        () => {
          root.dataset.pdfReader = 'ready';
        },
        () => setTimeout(attempt, RETRY_MS),
      );
  };
  attempt();
}
