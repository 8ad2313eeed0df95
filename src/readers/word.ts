/**
 * Word files: .docx through mammoth into HTML (tables with merged cells kept), then the HTML reader;
 * legacy .doc through word-extractor into text (its tables come out as tab-separated rows), then the
 * text reader. Only the command line loads this module.
 */
import type { Report } from '../core/model/report';
import { readReport, readTextReport, notAReport } from '../core/audit/read';
import { errorMessage } from '../core/error-message';

export async function readDocxReport(bytes: Buffer, options: { url?: string } = {}): Promise<Report> {
  try {
    const mammoth = await import('mammoth');
    const { value } = await (mammoth.default ?? mammoth).convertToHtml({ buffer: bytes });
    return readReport(
      `<html><head><title>${escapeText(documentTitle(value))}</title></head><body><article>${value}</article></body></html>`,
      options,
    );
  } catch (error) {
    return notAReport(`Word 文件（.docx）无法读取：${errorMessage(error)}`, options.url);
  }
}

export async function readDocReport(bytes: Buffer, options: { url?: string } = {}): Promise<Report> {
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const extracted = await new WordExtractor().extract(bytes);
    const report = readTextReport(extracted.getBody(), options);
    // The .doc text keeps cells but may lose where rows end (a row's last cell runs into the next
    // row's first): a table read that way would give false findings, so the file is refused instead.
    const tables = [report.tables.t2, report.tables.t3, report.tables.t4];
    const misread = tables.some(
      (table) =>
        table && (table.extraRows.some((row) => row.startsWith('unknown.')) || table.values.some((value) => value.kind === 'text')),
    );
    if (report.isReport && (misread || tables.some((table) => !table))) {
      return notAReport(
        '无法从这个旧版 Word（.doc）文件可靠地还原统计表（文件中表格行的边界已丢失）：请在 Word 或 WPS 中把它另存为 .docx 或 PDF，再核对那个文件',
        options.url,
      );
    }
    return report;
  } catch (error) {
    return notAReport(`Word 文件（.doc）无法读取：${errorMessage(error)}；请另存为 .docx 或 PDF 再核对`, options.url);
  }
}

/** A Word file has no page title: its first short paragraph naming the annual report is the title. */
function documentTitle(html: string): string {
  for (const match of html.slice(0, 200_000).matchAll(/<(?:p|h[1-6])[^>]*>([\s\S]*?)<\/(?:p|h[1-6])>/g)) {
    const text = match[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .trim();
    if (text.length <= 80 && /政府信息公开/.test(text) && /年度报告/.test(text)) return text;
  }
  return '';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
