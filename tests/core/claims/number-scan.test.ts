import { describe, expect, it } from 'vitest';
import { scanNumbers, type NumberToken } from '../../../src/core/claims/number-scan';

function brief(tokens: NumberToken[]) {
  return tokens.map((token) =>
    token.kind === 'count'
      ? { count: token.value, unit: token.unit, approximate: token.approximate }
      : { percent: `${token.units}e-${token.decimals}`, approximate: token.approximate },
  );
}

describe('scanNumbers reads the numbers of running text', () => {
  it.each([
    ['共受理政府信息公开申请 13 件', [{ count: 13, unit: '件', approximate: false }]],
    ['共受理政府信息公开申请１３件', [{ count: 13, unit: '件', approximate: false }]],
    [
      '收到申请十三件、两件',
      [
        { count: 13, unit: '件', approximate: false },
        { count: 2, unit: '件', approximate: false },
      ],
    ],
    ['公开信息1.2万条', [{ count: 12000, unit: '条', approximate: false }]],
    ['收到申请1,234件', [{ count: 1234, unit: '件', approximate: false }]],
    ['两千零五件', [{ count: 2005, unit: '件', approximate: false }]],
  ])('%s', (text, expected) => {
    expect(brief(scanNumbers(text))).toEqual(expected);
  });

  it.each(['3700余条', '70多件', '约50件', '近20件', '逾20件', '超过30件', '50件左右', '100件以上'])('%s is approximate', (text) => {
    const tokens = scanNumbers(text);
    expect(tokens.every((token) => token.approximate)).toBe(true);
  });

  it('reads percentages exactly, with their printed decimals', () => {
    expect(brief(scanNumbers('占申请总数的62%，61.5%，６２．５％，百分之六十二点五，超过 80%'))).toEqual([
      { percent: '62e-0', approximate: false },
      { percent: '615e-1', approximate: false },
      { percent: '625e-1', approximate: false },
      { percent: '625e-1', approximate: false },
      { percent: '80e-0', approximate: true },
    ]);
  });

  it('leaves years, document numbers, phone numbers, ordinals and words alone', () => {
    expect(scanNumbers('2024年1月1日，国务院令第711号，电话0591-23165385，IPv6，第一平台，一是三审三校，十四五规划')).toEqual([]);
  });

  it('keeps offsets of the original text, spaces and full-width digits included', () => {
    const text = '政府办公室共受理申请 １３ 件。';
    const [token] = scanNumbers(text);
    expect(text.slice(token!.start, token!.end)).toBe('１３ 件');
  });
});
