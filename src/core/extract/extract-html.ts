/** HTML string → ReportDocument: cheerio's fastest parse, then the walk of ./extract-dom. */
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import type { ReportDocument } from '../model/document';
import { extractDom } from './extract-dom';

export function extractHtml(html: string, options: { url?: string } = {}): ReportDocument {
  return extractDom(load(html).root()[0] as unknown as AnyNode, options);
}
