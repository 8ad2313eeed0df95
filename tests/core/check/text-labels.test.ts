/**
 * label-deviation on real text copies (PDF text): a cell's text can carry characters of a vertical
 * group label next to it, or only the first line of a wrapped label. Neither is a reworded label.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/cli/read-input';

async function labelFindings(path: string) {
  const input = await readInput(`tests/fixtures/real/${path}`, { now: new Date('2026-01-01T00:00:00Z') });
  if (!input.ok) throw new Error(input.message);
  return input.result.findings.filter((finding) => finding.checkId === 'label-deviation' && finding.outcome === 'fail');
}

describe('label-deviation on text copies', () => {
  it.each(['text/js_huaian_hongze_qzf_2024.txt', 'text/js_huaian_szf_2024.txt'])(
    '%s: spill-over and wrapped labels are not deviations',
    async (path) => {
      for (const finding of await labelFindings(path)) {
        const official = finding.expected!.replace(/[（）()\s]/g, '');
        const printed = finding.actual!.replace(/[（）()\s]/g, '');
        expect(printed.endsWith(official), `${finding.actual} is the official label with spill-over before it`).toBe(false);
        expect(official.startsWith(printed.replace(/[,，]/g, '')), `${finding.actual} is a wrapped label's first line`).toBe(false);
      }
    },
  );

  it('a real abbreviation is still one: shuyang-fgj-2023 prints 「规范性文件」 for 「行政规范性文件」', async () => {
    expect(
      (await labelFindings('html/shuyang-fgj-2023.html')).map((finding) => [
        finding.checkId,
        finding.outcome,
        finding.severity,
        finding.actual,
      ]),
    ).toEqual([['label-deviation', 'fail', 'info', '规范性文件']]);
  });
});
