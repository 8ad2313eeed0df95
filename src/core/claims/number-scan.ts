/**
 * Finding the numbers of running text that can be claims: counts with a unit (「13件」「十三件」
 * 「1.2万件」「3700余条」) and percentages (「62%」「61.5%」「百分之六十二」). Bare numbers (years,
 * phone numbers, document numbers) carry no unit and are left alone, which is what keeps the scanner
 * from reading 「国务院令第711号」 or 「0591-23165385」 as counts.
 *
 * @example
 * scanNumbers('收到申请约50件，占62.5%') // → count 50 (approximate), percent 625/10^1
 */
import { chineseToNumber } from '../text/numbers';
import { allMatches } from '../text/all-matches';

export interface CountToken {
  kind: 'count';
  value: number;
  approximate: boolean;
  unit: string;
  /** Offsets relative to the scanned text: the whole token, and the number alone. */
  start: number;
  end: number;
  numberStart: number;
}

export interface PercentToken {
  kind: 'percent';
  units: bigint;
  decimals: number;
  approximate: boolean;
  printed: string;
  start: number;
  end: number;
}

export type NumberToken = CountToken | PercentToken;

const APPROX_BEFORE = '约|近|逾|超过|将近|大约|近乎|不足|不到';
const APPROX_AFTER = '左右|以上|以下|之多|上下';
const ARABIC = String.raw`\d+(?:,\d{3}(?!\d))*(?:\.\d+)?`;
const CHINESE = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*';
/** Units of counted things in these reports; 「年」「号」「月」 are deliberately absent. */
const UNIT = '件|个|宗|起|份|次|例|条|项|篇|期';

/**
 * The token starts at its number so the regex engine can skip ahead to digits and numerals; an
 * approximate word before it (「约」「超过」) is looked for behind the match, which costs far less than
 * trying an optional prefix at every position of the text.
 */
const TOKEN = new RegExp(
  `(?:(?<pnum>\\d+(?:\\.\\d+)?)\\s*%|百分之(?<pcn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)` +
    `|(?<num>${ARABIC}(?:\\s*万)?|${CHINESE})\\s*(?<more>余|多)?\\s*(?<unit>${UNIT})` +
    `)(?<post>${APPROX_AFTER})?`,
  'g',
);
const APPROX_BEHIND = new RegExp(`(?:${APPROX_BEFORE})\\s*$`);
/** How far back an approximate word and the spaces after it are looked for. */
const BEHIND_WINDOW = 8;

const FULL_WIDTH = /[０-９％．]/;
const FULL_WIDTH_ALL = /[０-９％．]/g;

/** Full-width digits, 「％」 and 「．」 as ASCII, one character for one so offsets stay those of `text`. */
function narrow(text: string): string {
  // Cleaned text has none left (NFKC): a test first spares the callback replace its setup.
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)) : text;
}

/** Every token ends in a unit or a percent sign, or is written 百分之…: most sentences have none. */
const MAY_HOLD_TOKEN = /[件个宗起份次例条项篇期%％]|百分之/;

export function scanNumbers(original: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  if (!MAY_HOLD_TOKEN.test(original)) return tokens;
  const text = narrow(original);
  for (const match of allMatches(TOKEN, text)) {
    const groups = match.groups!;
    const numberStart = match.index;
    const end = match.index + match[0].length;
    if (!standsAlone(text, numberStart)) continue;
    const behind = text.slice(Math.max(0, numberStart - BEHIND_WINDOW), numberStart);
    const pre = APPROX_BEHIND.exec(behind);
    const start = pre ? numberStart - pre[0].length : numberStart;
    const approximate = !!pre || !!groups.post || !!groups.more;
    if (groups.pnum !== undefined || groups.pcn !== undefined) {
      const parsed = groups.pnum !== undefined ? decimalUnits(groups.pnum) : chinesePercent(groups.pcn!);
      if (!parsed) continue;
      tokens.push({
        kind: 'percent',
        ...parsed,
        approximate,
        printed: `${groups.pnum ?? formatUnits(parsed.units, parsed.decimals)}%`,
        start,
        end,
      });
      continue;
    }
    const value = countValue(groups.num!);
    if (value === null) continue;
    tokens.push({ kind: 'count', value, approximate, unit: groups.unit!, start, end, numberStart });
  }
  return tokens;
}

/** A number glued to letters, digits or 「第」 is part of something else (IPv6, 第一, 0591-…). */
function standsAlone(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  return !/[A-Za-z0-9.\-_/第]/.test(before);
}

const PLAIN_INTEGER = /^\d{1,15}$/;

function countValue(raw: string): number | null {
  // Nearly every count is a plain integer: exact as a double up to 15 digits, no BigInt needed.
  if (PLAIN_INTEGER.test(raw)) return Number(raw);
  const text = raw.replace(/\s+/g, '');
  if (/^\d/.test(text)) {
    const tenThousands = text.endsWith('万');
    const { units, decimals } = decimalUnits(text.replace(/万$/, '').replace(/,/g, ''))!;
    const scaled = tenThousands ? units * 10000n : units;
    const divisor = 10n ** BigInt(decimals);
    // 「1.2万」 is a whole count; a fraction left over means this is not a count at all.
    if (scaled % divisor !== 0n) return null;
    return Number(scaled / divisor);
  }
  return chineseToNumber(text);
}

export function decimalUnits(text: string): { units: bigint; decimals: number } | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const decimals = match[2]?.length ?? 0;
  return { units: BigInt(`${match[1]}${match[2] ?? ''}`), decimals };
}

const CN_DIGIT: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function chinesePercent(text: string): { units: bigint; decimals: number } | null {
  const [whole, fraction = ''] = text.split('点');
  const integer = chineseToNumber(whole!);
  if (integer === null) return null;
  const digits = [...fraction].map((char) => CN_DIGIT[char] ?? '').join('');
  return decimalUnits(`${integer}${digits ? `.${digits}` : ''}`);
}

export function formatUnits(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const text = units.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}
