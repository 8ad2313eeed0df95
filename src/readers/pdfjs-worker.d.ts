/** pdfjs ships no types for its worker entry; it is imported only to run the worker in this thread. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
