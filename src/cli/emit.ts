/**
 * Each format's way of writing results one input at a time: a JSON line, a text block, CSV rows, a
 * Markdown report, an article of the printable page; XLSX gathers its rows (one small row per finding,
 * never the report) and writes the workbook at the end. An input that could not be audited is written
 * in every format too, so the output accounts for every input.
 */
import type { AuditResult } from '../core/model/audit';
import { csvFailedRow, csvHeader, csvRows } from '../present/csv';
import { htmlArticle, htmlEnd, htmlFailedArticle, htmlStart } from '../present/html';
import { renderMarkdown } from '../present/markdown';
import type { Lang } from '../present/names';
import { renderText, summaryLine } from '../present/text';
import { XlsxSheets } from '../present/xlsx';
import type { Sink } from './output';

export interface EmitOptions {
  format: 'text' | 'json' | 'markdown' | 'csv' | 'html' | 'xlsx';
  summary: boolean;
  passes: boolean;
  lang: Lang;
  /** Several inputs: text blocks are headed by their input. */
  many: boolean;
}

export class Emitter {
  /** Inputs whose result has been handed to the output. */
  written = 0;
  private readonly xlsx: XlsxSheets | null;

  constructor(
    private readonly sink: Sink,
    private readonly options: EmitOptions,
  ) {
    this.xlsx = options.format === 'xlsx' ? new XlsxSheets({ lang: options.lang, passes: options.passes }) : null;
  }

  async start(): Promise<void> {
    const { format, summary, passes, lang } = this.options;
    if (format === 'csv') await this.sink.write(csvHeader({ summary, passes, lang }));
    if (format === 'html') await this.sink.write(htmlStart());
  }

  async result(input: string, result: AuditResult, notes: string[]): Promise<void> {
    const { format, summary, passes, lang } = this.options;
    const separator = this.written > 0 ? '\n' : '';
    this.written++;
    if (this.xlsx) return this.xlsx.add(result, input, notes);
    if (format === 'json') {
      const line = summary ? summaryObject(input, result, notes) : { input, ...(notes.length ? { notes } : {}), ...result };
      return this.sink.write(`${JSON.stringify(line)}\n`);
    }
    if (format === 'csv') return this.sink.write(csvRows(result, input, { summary, passes, lang }, notes));
    if (format === 'html') return this.sink.write(htmlArticle(result, { notes }));
    if (format === 'markdown') return this.sink.write(separator + renderMarkdown(result) + notes.map((note) => `> 注：${note}\n`).join(''));
    if (summary) return this.sink.write(summaryLine(result, input));
    const text = renderText(result, { file: this.options.many ? input : undefined });
    return this.sink.write(separator + text + notes.map((note) => `  注：${note}\n`).join(''));
  }

  async failed(input: string, reason: string): Promise<void> {
    const { format, summary, passes, lang } = this.options;
    const separator = this.written > 0 ? '\n' : '';
    this.written++;
    if (this.xlsx) return this.xlsx.addFailed(input, reason);
    if (format === 'json') return this.sink.write(`${JSON.stringify({ input, error: reason })}\n`);
    if (format === 'csv') return this.sink.write(csvFailedRow(input, reason, { summary, passes, lang }));
    if (format === 'html') return this.sink.write(htmlFailedArticle(input, reason));
    if (format === 'markdown') return this.sink.write(`${separator}# 无法审校：${input}\n\n${reason}\n`);
    if (summary) return this.sink.write(`${input}\t无法审校：${reason}\n`);
    return this.sink.write(`${separator}${this.options.many ? `== ${input}\n` : ''}无法审校：${reason}\n`);
  }

  async finish(): Promise<void> {
    if (this.options.format === 'html') await this.sink.write(htmlEnd());
    if (this.xlsx) await this.sink.write(await this.xlsx.write());
  }
}

function summaryObject(input: string, result: AuditResult, notes: string[]) {
  const { report, counts, source } = result;
  const top =
    result.findings.find((finding) => finding.outcome === 'fail' && !finding.dismissed) ??
    result.findings.find((finding) => finding.outcome === 'needs-review' && !finding.dismissed);
  return {
    input,
    ...(notes.length ? { notes } : {}),
    url: source.url,
    isReport: report.isReport,
    title: report.title,
    organisation: report.organisation,
    year: report.year,
    format: report.format,
    counts,
    top: top ? { checkId: top.checkId, message: top.message } : null,
  };
}
