/**
 * Stage 1 output: the page as the extractor saw it — the article's text blocks in reading order and
 * every data table as a span-expanded grid whose slots point back to their origin cell on the page.
 */
import { z } from 'zod';

/** Where a cell sits on the page: the n-th `<table>` of the document, its n-th row, the n-th cell of that row. */
export const CellOrigin = z.object({
  table: z.number().int(),
  row: z.number().int(),
  cell: z.number().int(),
  /** Text input: the 1-based line of the text the cell was read from (a row rebuilt from several lines names its first). */
  line: z.number().int().optional(),
  /** PDF input: the 1-based page the cell is printed on. */
  page: z.number().int().optional(),
});
export type CellOrigin = z.infer<typeof CellOrigin>;

export const GridCell = z.object({
  text: z.string(),
  origin: CellOrigin,
  rowSpan: z.number().int(),
  colSpan: z.number().int(),
});
export type GridCell = z.infer<typeof GridCell>;

/** A table with spans expanded: `slots[r][c]` is an index into `cells`, or -1 where no cell covers it. */
export const Grid = z.object({
  tableIndex: z.number().int(),
  cells: z.array(GridCell),
  slots: z.array(z.array(z.number().int())),
  /** Set when the table was larger than the reader's limits and was cut. */
  truncated: z.boolean(),
});
export type Grid = z.infer<typeof Grid>;

export const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('table'), grid: z.number().int() }),
  z.object({ kind: z.literal('image'), src: z.string(), alt: z.string() }),
]);
export type Block = z.infer<typeof Block>;

export const ReportDocument = z.object({
  url: z.string().optional(),
  pageTitle: z.string(),
  meta: z.record(z.string(), z.string()),
  /** Text blocks, tables and images of the article, in reading order. */
  blocks: z.array(Block),
  grids: z.array(Grid),
  /** Text near the article that names the publication date (「发布日期：…」). */
  dateLines: z.array(z.string()),
});
export type ReportDocument = z.infer<typeof ReportDocument>;
