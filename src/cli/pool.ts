/**
 * A few worker threads (./worker) for many inputs: jobs go to whichever worker is free, results come
 * back tagged and are handed out in input order. At most `ahead` jobs are out at once, so a slow
 * input holds back a bounded number of finished results, never the whole run.
 */
import { Worker } from 'node:worker_threads';
import type { YearData } from '../core/model/history';
import { type Job, type JobResult, WORKER_MARK } from './worker';

export class Pool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting = new Map<number, (result: JobResult) => void>();
  private readonly queue: Job[] = [];

  constructor(size: number, entry: URL) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker(entry);
      worker.on('message', (result: JobResult) => {
        this.waiting.get(result.id)?.(result);
        this.waiting.delete(result.id);
        this.idle.push(worker);
        this.next();
      });
      worker.on('error', (error) => {
        // A worker that dies takes its job with it: say so for that input, keep the others.
        for (const [id, resolve] of this.waiting) resolve({ id, ok: false, message: `internal error: ${error.message}` });
        this.waiting.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  setYears(years: YearData[]): void {
    for (const worker of this.workers) worker.postMessage({ years });
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.waiting.set(job.id, resolve);
      this.queue.push(job);
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * Under tsx the entry is TypeScript and the worker needs tsx's loader first (Node 20 does not apply
 * `--import` to workers); a bundled entry is plain JavaScript and starts as it is.
 */
function startWorker(entry: URL): Worker {
  const workerData = { mark: WORKER_MARK };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/** Results of `jobs` in order, with at most `ahead` of them running or waiting to be handed out. */
export async function* ordered<T>(count: number, ahead: number, start: (index: number) => Promise<T>): AsyncGenerator<T> {
  const pending = new Map<number, Promise<T>>();
  for (let index = 0; index < count; index++) {
    for (let next = index; next < count && next < index + ahead; next++) if (!pending.has(next)) pending.set(next, start(next));
    const result = await pending.get(index)!;
    pending.delete(index);
    yield result;
  }
}
