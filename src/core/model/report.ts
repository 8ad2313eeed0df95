/**
 * Stage 2 output: the report recognised against the form — identity, sections, and tables 2/3/4
 * keyed by the form's row and column keys, each value with its semantic and its origin cell.
 */
import { z } from 'zod';
import { CellOrigin, Block } from './document';

export const FormId = z.enum(['2021', '2019', 'pre2019']);
export type FormId = z.infer<typeof FormId>;

export const TableNo = z.union([z.literal(2), z.literal(3), z.literal(4)]);
export type TableNo = z.infer<typeof TableNo>;

export const CellValue = z.object({
  table: TableNo,
  /** Row key (table 4: the group key). */
  row: z.string(),
  column: z.string(),
  raw: z.string(),
  kind: z.enum(['number', 'zero', 'blank', 'notApplicable', 'text']),
  value: z.number().nullable(),
  decimals: z.number().int(),
  origin: CellOrigin,
});
export type CellValue = z.infer<typeof CellValue>;

export const RecognisedTable = z.object({
  table: TableNo,
  grids: z.array(z.number().int()),
  values: z.array(CellValue),
  missingRows: z.array(z.string()),
  missingColumns: z.array(z.string()),
  /** Keys of rows / columns that are not in the form (subtotals), with their values kept apart. */
  extraRows: z.array(z.string()),
  extraColumns: z.array(z.string()),
  extraValues: z.array(CellValue),
  /** Form-2019 wording found in the table (docs/report-format.md §5). */
  outdatedLabels: z.array(z.string()),
  /** The page's own wording of each recognised row and column, for label-deviation. */
  labels: z.array(z.object({ key: z.string(), raw: z.string() })),
  /** Doubts of the reader itself (e.g. columns mapped by position). */
  readerNotes: z.array(z.string()),
  /** A grid of the table was cut at the reader's size limit (extract/grid.ts GRID_LIMITS). */
  truncated: z.boolean(),
});
export type RecognisedTable = z.infer<typeof RecognisedTable>;

export const Section = z.object({
  n: z.number().int().min(1).max(6),
  /** The number the page prints (may differ from `n` when sections are misnumbered). */
  printed: z.number().int(),
  heading: z.string(),
  block: z.number().int(),
});
export type Section = z.infer<typeof Section>;

export const Identity = z.object({
  title: z.string(),
  organisation: z.string(),
  year: z.number().int().nullable(),
  /** A government's own report (deadline 31 Mar) or a department's (31 Jan). */
  bodyKind: z.enum(['government', 'department', 'unknown']),
  publishedAt: z.string().nullable(),
  /** Where the publication date was read (「页面元数据 pubdate」「文末署名日期」), for the finding. */
  publishedAtSource: z.string().optional(),
  url: z.string().optional(),
});
export type Identity = z.infer<typeof Identity>;

export const Report = z.object({
  isReport: z.boolean(),
  /** Why the page was not taken for a report, when it was not. */
  notReportReason: z.string().optional(),
  identity: Identity,
  form: FormId.nullable(),
  sections: z.array(Section),
  tables: z.object({
    t2: RecognisedTable.nullable(),
    t3: RecognisedTable.nullable(),
    t4: RecognisedTable.nullable(),
  }),
  blocks: z.array(Block),
  /** For each block, the section it falls in (0 before the first heading). */
  blockSection: z.array(z.number().int()),
  /** Images in the article, by section: a table published as an image shows up here. */
  images: z.array(z.object({ section: z.number().int(), src: z.string(), alt: z.string() })),
  /** Data tables in the article that are none of tables 2–4, by section; `truncated`: cut at the reader's size limit. */
  unrecognisedTables: z.array(z.object({ section: z.number().int(), grid: z.number().int(), truncated: z.boolean() })),
});
export type Report = z.infer<typeof Report>;
