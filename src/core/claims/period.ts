/**
 * The statistics-period sentence (「本报告所列数据统计期限为2024年1月1日至2024年12月31日」,
 * 「本报告统计数据从 2023 年 1 月 1 日到 12 月 31 日」): it dates the report's figures.
 */
import { subSpan } from './sentences';
import type { PeriodClaim, Sentence } from './types';

const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日.{0,12}?(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/;
const ABOUT_FIGURES = /统计|数据|期限|时限|所列/;

export function periodClaims(sentences: Sentence[]): PeriodClaim[] {
  return sentences.flatMap((sentence): PeriodClaim[] => {
    const match = PERIOD.exec(sentence.text);
    if (!match || !ABOUT_FIGURES.test(sentence.text)) return [];
    return [
      {
        startYear: Number(match[1]),
        endYear: match[2] ? Number(match[2]) : null,
        span: subSpan(sentence, match.index, match.index + match[0].length),
        sentence,
      },
    ];
  });
}
