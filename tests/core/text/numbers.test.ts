import { describe, expect, it } from 'vitest';
import { chineseToNumber, parseCellValue, parseYear } from '../../../src/core/text/numbers';

describe('parseCellValue keeps the semantic of each cell (docs/report-format.md §6)', () => {
  it.each([
    ['218', 'number', 218],
    ['1,234', 'number', 1234],
    ['１３', 'number', 13],
    ['13件', 'number', 13],
    ['18651.06', 'number', 18651.06],
    ['75394432.52元', 'number', 75394432.52],
    ['0', 'zero', 0],
    ['—', 'zero', 0],
    ['-', 'zero', 0],
    ['无', 'zero', 0],
    ['-3', 'number', -3],
    ['72', 'number', 72],
    ['', 'blank', null],
    ['\u00a0', 'blank', null],
    ['/', 'notApplicable', null],
    ['三十二', 'text', null],
    ['见附件', 'text', null],
  ])('%j → %s %s', (raw, kind, value) => {
    const parsed = parseCellValue(raw);
    expect(parsed.kind).toBe(kind);
    expect(parsed.value).toBe(value);
  });

  it('records printed decimals', () => {
    expect(parseCellValue('9116.36').decimals).toBe(2);
    expect(parseCellValue('12').decimals).toBe(0);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['十三', 13],
    ['两', 2],
    ['二十', 20],
    ['一百零五', 105],
    ['两千零五', 2005],
    ['一万二千', 12000],
    ['十', 10],
  ])('%s = %d', (text, value) => expect(chineseToNumber(text)).toBe(value));

  it('rejects what is not a numeral', () => expect(chineseToNumber('十三件')).toBeNull());

  it('reads years in either script', () => {
    expect(parseYear('二〇二三')).toBe(2023);
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear('二三')).toBeNull();
  });
});
