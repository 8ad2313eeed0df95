/**
 * The reading half of the core (extract + recognise) for an HTML string: the command line, the tests
 * and the tools. The content script reads the live page (./read-live); plain text is ./read-text, which
 * this re-exports for hosts that read both.
 */
import { extractHtml } from '../extract/extract-html';
import { recognise } from '../recognise/recognise';
import type { AuditResult } from '../model/audit';
import type { Report } from '../model/report';
import { notAReport } from './not-a-report';
import { auditReport } from './audit';
import { MAX_INPUT_LENGTH } from './read-text';
import { errorMessage } from '../error-message';

export { notAReport };
export { MAX_INPUT_LENGTH, auditText, readTextReport } from './read-text';

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

export function auditHtml(html: string, options: { url?: string; now?: Date } = {}): AuditResult {
  return auditReport(readReport(html, options), options);
}
export { readPdfReport } from './read-pdf';
