/** Tells which of the form's tables (2, 3 or 4) a grid is, by its labels — never by position. */
import type { Grid } from '../model/document';
import { compact } from '../text/normalize';

const TABLE3_WORDS = [
  '本年新收',
  '上年结转',
  '予以公开',
  '部分公开',
  '国家秘密',
  '不予处理',
  '无法提供',
  '结转下年度',
  '自然人',
  '商业企业',
  '勾稽关系',
];
const TABLE4_WORDS = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结', '直接起诉', '复议后起诉'];
const TABLE2_WORDS = ['第二十条', '规章', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '制发件数', '处理决定数量'];

function hits(text: string, words: string[]): number {
  return words.filter((word) => text.includes(word)).length;
}

export function gridText(grid: Grid): string {
  return grid.cells.map((cell) => compact(cell.text)).join('|');
}

const classified = new WeakMap<Grid, 2 | 3 | 4 | null>();

/** Memoised: both the article finder and the recogniser ask about every grid. */
export function classifyGrid(grid: Grid): 2 | 3 | 4 | null {
  let kind = classified.get(grid);
  if (kind === undefined) {
    kind = classifyText(gridText(grid));
    classified.set(grid, kind);
  }
  return kind;
}

function classifyText(text: string): 2 | 3 | 4 | null {
  const scores: [2 | 3 | 4, number][] = [
    [3, hits(text, TABLE3_WORDS)],
    [4, hits(text, TABLE4_WORDS)],
    [2, hits(text, TABLE2_WORDS)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [kind, score] = scores[0]!;
  return score >= 2 ? kind : null;
}
