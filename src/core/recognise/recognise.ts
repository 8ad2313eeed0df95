/**
 * ReportDocument → Report: identity, the form that applies, the six sections, and tables 2/3/4.
 */
import type { ReportDocument } from '../model/document';
import type { RecognisedTable, Report, Section } from '../model/report';
import { FORM_2019, FORM_2021, formForYear, formFromTable2Text } from '../form/forms';
import type { FormDef } from '../form/types';
import { classifyGrid } from '../extract/classify-grid';
import { matchHeading } from '../extract/headings';
import { isReportTitle, readIdentity } from './identity';
import { recogniseTable2 } from './table2';
import { recogniseTable3 } from './table3';
import { recogniseTable4 } from './table4';

export function recognise(doc: ReportDocument): Report {
  const sections: Section[] = [];
  const blockSection: number[] = [];
  const textBlocks: string[] = [];
  let current = 0;
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'text') {
      textBlocks.push(block.text);
      const heading = matchHeading(block.text);
      if (heading) {
        sections.push({ n: heading.n, printed: heading.printed, heading: heading.heading, block: index });
        current = heading.n;
      }
    }
    blockSection.push(current);
  });

  const identity = readIdentity(doc, textBlocks);
  const byKind: Record<2 | 3 | 4, { grid: ReportDocument['grids'][number]; index: number }[]> = { 2: [], 3: [], 4: [] };
  const images: Report['images'] = [];
  const unrecognisedTables: Report['unrecognisedTables'] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      const grid = doc.grids[block.grid]!;
      const kind = classifyGrid(grid);
      if (kind) byKind[kind].push({ grid, index: block.grid });
      else unrecognisedTables.push({ section: blockSection[index]!, grid: block.grid, truncated: grid.truncated });
    } else if (block.kind === 'image') {
      images.push({ section: blockSection[index]!, src: block.src, alt: block.alt });
    }
  });

  const chosen = formForYear(identity.year);
  const form: FormDef | null =
    chosen === 'pre2019'
      ? null
      : (chosen ?? formFromTable2Text(byKind[2].map((entry) => entry.grid.cells.map((cell) => cell.text).join('')).join('')));
  const recognised = (kind: 2 | 3 | 4): RecognisedTable | null => {
    if (!form || byKind[kind].length === 0) return null;
    if (kind === 2) return recogniseTable2(byKind[2], form, form === FORM_2021 ? FORM_2019 : FORM_2021);
    if (kind === 3) return recogniseTable3(byKind[3], form.table3);
    return recogniseTable4(byKind[4], form.table4);
  };
  const tables = { t2: recognised(2), t3: recognised(3), t4: recognised(4) };

  const distinctSections = new Set(sections.map((section) => section.n)).size;
  const titleSaysReport = isReportTitle(identity.title);
  // A list page or an attachment page may carry the title without the report: the body decides.
  // A copy that stops inside section 一 is still a report when it says it is one (its title or opening words).
  const namesReport = titleSaysReport || textBlocks.slice(0, 4).some((text) => /年度报告|年报|本报告/.test(text));
  const isReport =
    distinctSections >= 2 ||
    byKind[2].length + byKind[3].length + byKind[4].length > 0 ||
    (sections.some((section) => section.n === 1) && namesReport);
  return {
    isReport,
    notReportReason: isReport
      ? undefined
      : titleSaysReport
        ? '页面标题是年度报告，但页面上没有报告正文（未找到章节和统计表）：报告可能以附件、PDF 或图片发布'
        : '页面不是政府信息公开工作年度报告：未找到报告的章节或统计表',
    identity,
    form: chosen === 'pre2019' ? 'pre2019' : (form?.id ?? null),
    sections,
    tables,
    blocks: doc.blocks,
    blockSection,
    images,
    unrecognisedTables,
  };
}
