/**
 * The reading half of the core (extract + recognise), on its own so the content script that runs it
 * carries neither the checks nor zod.
 */
import { extractHtml } from '../extract/extract-html';
import { extractText } from '../extract/extract-text';
import { recognise } from '../recognise/recognise';
import type { Report } from '../model/report';

/** Pages larger than this are refused with a clear reason instead of freezing the tab. */
export const MAX_INPUT_LENGTH = 8_000_000;

export function readReport(html: string, options: { url?: string } = {}): Report {
  if (html.length > MAX_INPUT_LENGTH) {
    return notAReport(`页面过大（${(html.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  }
  try {
    return recognise(extractHtml(html, options));
  } catch (error) {
    return notAReport(`页面无法解析：${error instanceof Error ? error.message : String(error)}`, options.url);
  }
}

export function notAReport(reason: string, url?: string): Report {
  return {
    isReport: false,
    notReportReason: reason,
    identity: { title: '', organisation: '', year: null, bodyKind: 'unknown', publishedAt: null, url },
    form: null,
    sections: [],
    tables: { t2: null, t3: null, t4: null },
    blocks: [],
    blockSection: [],
    images: [],
    unrecognisedTables: [],
  };
}

/** Plain text copied from a PDF or Word file (the popup's paste box, `.txt` on the command line). */
export function readTextReport(text: string, options: { url?: string } = {}): Report {
  if (text.length > MAX_INPUT_LENGTH) return notAReport(`文本过大（${(text.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  try {
    return recognise(extractText(text, options));
  } catch (error) {
    return notAReport(`文本无法解析：${error instanceof Error ? error.message : String(error)}`, options.url);
  }
}

