/**
 * Parsing of table cell values with their semantics (docs/report-format.md §6) and of numbers written in
 * running text, including Chinese numerals.
 */
import { compact } from './normalize';
import { memoised } from './memo';

export type ValueKind = 'number' | 'zero' | 'blank' | 'notApplicable' | 'text';

export interface ParsedValue {
  kind: ValueKind;
  /** The numeric value for `number` and `zero`; null otherwise. */
  value: number | null;
  /** Decimal places as printed (0 for integers). */
  decimals: number;
  /** True for a negative number (only meaningful with `number`). */
  negative: boolean;
}

const ZERO_MARKS = new Set(['-', '—', '–', '−', '--', '——', '无', '〇', '零']);
const NOT_APPLICABLE = new Set(['/', '／', '\\', '不适用']);
const UNIT_SUFFIX = /(件|个|项|条|次|宗|起|人|万元|元)$/;

/**
 * Reads one table cell. Units after the number (「13件」「75394432.52元」) are tolerated. Memoised:
 * a table's cells repeat the same few texts (「0」「/」), and every reader of the grid asks again.
 */
export const parseCellValue: (raw: string) => Readonly<ParsedValue> = memoised(parseCell);

function parseCell(raw: string): ParsedValue {
  const text = compact(raw).replace(/,/g, '');
  if (text === '') return { kind: 'blank', value: null, decimals: 0, negative: false };
  if (NOT_APPLICABLE.has(text)) return { kind: 'notApplicable', value: null, decimals: 0, negative: false };
  if (ZERO_MARKS.has(text)) return { kind: 'zero', value: 0, decimals: 0, negative: false };
  const match = /^([+\-−]?)(\d+)(?:\.(\d+))?$/.exec(text.replace(UNIT_SUFFIX, ''));
  if (!match) return { kind: 'text', value: null, decimals: 0, negative: false };
  const negative = match[1] === '-' || match[1] === '−';
  const decimals = match[3]?.length ?? 0;
  const magnitude = Number(`${match[2]}${decimals ? `.${match[3]}` : ''}`);
  const value = negative ? -magnitude : magnitude;
  return { kind: value === 0 ? 'zero' : 'number', value, decimals, negative };
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Converts a Chinese numeral below 10^8 (「十三」「两千零五」「一万二千」) to a number; null if malformed. */
export function chineseToNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGIT) {
      digit = DIGIT[char]!;
    } else if (char in UNIT) {
      section += (digit ?? 1) * UNIT[char]!;
      digit = null;
    } else if (char === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A year written with digits or with 〇-style Chinese digits (「二〇二三」). */
export function parseYear(text: string): number | null {
  const normal = text.normalize('NFKC');
  if (/^\d{4}$/.test(normal)) return Number(normal);
  if (/^[〇零一二三四五六七八九]{4}$/.test(normal)) {
    return Number([...normal].map((char) => DIGIT[char]).join(''));
  }
  return null;
}
