/**
 * Where results go (standard output or `--out FILE`), written as each input finishes and with
 * backpressure: a write that the stream cannot take yet is awaited, so a slow pipe holds the run back
 * instead of the results piling up in memory. A failed write (closed pipe, full disk) is kept and
 * ends the run with its own exit code.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

export class WriteFailed extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export class Sink {
  private failure: WriteFailed | null = null;

  private constructor(
    private readonly stream: Writable,
    private readonly name: string,
    private readonly owned: boolean,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure ??= new WriteFailed(error.code, describeWriteError(name, error));
    });
  }

  static stdout(): Sink {
    return new Sink(process.stdout, 'standard output', false);
  }

  static file(path: string): Sink {
    return new Sink(createWriteStream(path), path, true);
  }

  get failed(): WriteFailed | null {
    return this.failure;
  }

  /** Resolves once the stream has taken the text (at once, unless its buffer is full). */
  async write(data: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (data.length === 0) return;
    const accepted = this.stream.write(data);
    if (!accepted) await this.drained();
    if (this.failure) throw this.failure;
  }

  /** Flushes and, for a file, closes it; throws the write error if there was one. */
  async end(): Promise<void> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve) => {
      if (this.owned) this.stream.end(resolve);
      else if (this.stream.writableNeedDrain) this.stream.once('drain', resolve).once('error', () => resolve());
      else this.stream.write('', () => resolve());
    });
    if (this.failure) throw this.failure;
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
  }
}

function describeWriteError(name: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'EPIPE') return `cannot write to ${name}: the reading end was closed (EPIPE)`;
  if (error.code === 'ENOSPC') return `cannot write to ${name}: no space left on the device (ENOSPC)`;
  if (error.code === 'EACCES' || error.code === 'EPERM') return `cannot write to ${name}: permission denied`;
  if (error.code === 'ENOENT') return `cannot write to ${name}: no such folder`;
  if (error.code === 'EISDIR') return `cannot write to ${name}: it is a directory`;
  return `cannot write to ${name}: ${error.message}`;
}
