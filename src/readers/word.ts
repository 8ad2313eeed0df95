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
    return readReport(`<html><body><article>${value}</article></body></html>`, options);
  } catch (error) {
    return notAReport(`Word 文件（.docx）无法读取：${errorMessage(error)}`, options.url);
  }
}

export async function readDocReport(bytes: Buffer, options: { url?: string } = {}): Promise<Report> {
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const extracted = await new WordExtractor().extract(bytes);
    return readTextReport(extracted.getBody(), options);
  } catch (error) {
    return notAReport(`Word 文件（.doc）无法读取：${errorMessage(error)}；请另存为 .docx 或 PDF 再核对`, options.url);
  }
}
