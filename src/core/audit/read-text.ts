/**
 * The reading half of the core for plain text copied from a PDF or Word file (the popup's paste box,
 * `.txt` on the command line). Apart from ./read so that a host reading only text (the popup) does
 * not carry the HTML parser.
 */
import { extractText } from '../extract/extract-text';
import { recognise } from '../recognise/recognise';
import type { AuditResult } from '../model/audit';
import type { Report } from '../model/report';
import { notAReport } from './not-a-report';
import { auditReport } from './audit';
import { errorMessage } from '../error-message';

/** Inputs larger than this are refused with a clear reason instead of freezing the tab. */
export const MAX_INPUT_LENGTH = 8_000_000;

export function readTextReport(text: string, options: { url?: string } = {}): Report {
  if (text.length > MAX_INPUT_LENGTH)
    return notAReport(`文本过大（${(text.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  try {
    return recognise(extractText(text, options));
  } catch (error) {
    return notAReport(`文本无法解析：${errorMessage(error)}`, options.url);
  }
}

export function auditText(text: string, options: { url?: string; now?: Date } = {}): AuditResult {
  return auditReport(readTextReport(text, options), options);
}
