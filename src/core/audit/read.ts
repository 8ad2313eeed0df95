/**
 * The reading half of the core (extract + recognise) for an HTML string or plain text: the command
 * line, the tests and the popup's paste box. The content script reads the live page (./read-live).
 */
import { extractHtml } from '../extract/extract-html';
import { extractText } from '../extract/extract-text';
import { recognise } from '../recognise/recognise';
import type { Report } from '../model/report';
import { notAReport } from './not-a-report';
import { errorMessage } from '../error-message';

export { notAReport };

/** Pages larger than this are refused with a clear reason instead of freezing the tab. */
export const MAX_INPUT_LENGTH = 8_000_000;

export function readReport(html: string, options: { url?: string } = {}): Report {
  if (html.length > MAX_INPUT_LENGTH) {
    return notAReport(`页面过大（${(html.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  }
  try {
    return recognise(extractHtml(html, options));
  } catch (error) {
    return notAReport(`页面无法解析：${errorMessage(error)}`, options.url);
  }
}

/** Plain text copied from a PDF or Word file (the popup's paste box, `.txt` on the command line). */
export function readTextReport(text: string, options: { url?: string } = {}): Report {
  if (text.length > MAX_INPUT_LENGTH) return notAReport(`文本过大（${(text.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  try {
    return recognise(extractText(text, options));
  } catch (error) {
    return notAReport(`文本无法解析：${errorMessage(error)}`, options.url);
  }
}



export { readPdfReport } from './read-pdf';
