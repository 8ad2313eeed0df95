import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress';

describe('progress bar', () => {
  it('done / total, rate, time left and the current input, cut to the terminal', () => {
    const progress = new Progress(10, false);
    for (let i = 0; i < 4; i++) progress.update(`reports/${i}.html`, true);
    const line = progress.line('reports/a-very-long-folder-name/and-a-long-file-name.html');
    expect(line).toMatch(/^\[########\.{12}\] 4\/10 · \d+\.\d\/s · (\d+s|--) left · /);
    expect(line.length).toBeLessThanOrEqual(process.stderr.columns ?? 100);
    expect(line.endsWith('and-a-long-file-name.html')).toBe(true);
  });

  it('draws nothing when not enabled (not a terminal, piped, or --quiet)', () => {
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => writes.push(chunk) > 0) as typeof process.stderr.write;
    try {
      const progress = new Progress(3, false);
      progress.update('a.html', true);
      progress.clear();
    } finally {
      process.stderr.write = original;
    }
    expect(writes).toEqual([]);
  });
});
