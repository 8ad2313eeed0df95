/**
 * A one-line progress bar on the terminal's standard error: done / total, reports a second, the time
 * left, the current input. Redrawn at most ten times a second; nothing at all when standard error is
 * not a terminal, when the output goes into a pipe, or with --quiet, so logs and pipes stay clean.
 */
import { fstatSync } from 'node:fs';

export class Progress {
  private readonly started = Date.now();
  private drawnAt = 0;
  private done = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly label = '',
  ) {}

  /** Shown when standard error is a terminal and the output is not piped to another program (a file is fine). */
  static forTerminal(total: number, quiet: boolean, label = ''): Progress {
    return new Progress(total, !quiet && Boolean(process.stderr.isTTY) && !stdoutIsPipe(), label);
  }

  /** Called as an input starts (its name) and when it is done (`finished`). */
  update(current: string, finished = false): void {
    if (finished) this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.drawnAt < 100 && this.done < this.total) return;
    this.drawnAt = now;
    process.stderr.write(`\r\x1b[2K${this.line(current, now)}`);
    this.shown = true;
  }

  /** Clears the bar so a message can be printed in its place; the next update redraws it. */
  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[2K');
    this.shown = false;
  }

  line(current: string, now = Date.now()): string {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done / seconds;
    const left = rate > 0 ? Math.round((this.total - this.done) / rate) : null;
    const width = 20;
    const filled = this.total > 0 ? Math.round((width * this.done) / this.total) : 0;
    const columns = process.stderr.columns ?? 100;
    const head = `${this.label}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} · ${rate.toFixed(1)}/s · ${left === null ? '--' : formatDuration(left)} left · `;
    const room = Math.max(10, columns - head.length - 1);
    return head + (current.length > room ? `…${current.slice(-(room - 1))}` : current);
  }
}

function stdoutIsPipe(): boolean {
  try {
    return fstatSync(1).isFIFO();
  } catch {
    return false;
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
