/**
 * Imported first by the check worker: pdf.js prints warnings about the browser
 * APIs it would need for drawing (canvas, DOMMatrix) when it loads under Node.
 * The check never draws, and its outcome goes back as a message, so the
 * worker's own console output is dropped rather than filling the hub's log.
 */
const quiet = (): void => undefined;
console.log = quiet;
console.info = quiet;
console.warn = quiet;

export {};
