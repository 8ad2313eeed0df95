/**
 * The reading half for a PDF's pages (text items read by src/readers/pdf, which alone loads pdfjs).
 * Its own module, so that the extension's lazily loaded PDF chunk does not carry the HTML reader.
 */
import { extractPdf, hasTextLayer } from '../extract/pdf/extract-pdf';
import type { PdfPage } from '../extract/pdf/layout';
import { recognise } from '../recognise/recognise';
import type { Report } from '../model/report';
import { notAReport } from './not-a-report';
import { errorMessage } from '../error-message';

export function readPdfReport(pages: PdfPage[], options: { url?: string } = {}): Report {
  if (!hasTextLayer(pages)) return notAReport('该 PDF 为扫描件，无法核对：它的页面是图片，没有可读取的文字', options.url);
  try {
    return recognise(extractPdf(pages, options));
  } catch (error) {
    return notAReport(`PDF 无法解析：${errorMessage(error)}`, options.url);
  }
}
