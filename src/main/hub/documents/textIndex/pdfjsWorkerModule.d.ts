/** pdf.js's worker module, loaded in the text index worker's own thread; it ships no types. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
