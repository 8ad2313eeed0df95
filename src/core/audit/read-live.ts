/**
 * The content script's reader: the live page's DOM, copied into domhandler's tree (no cheerio, no
 * second parse), then the same walk and recognition as an HTML string gets (./read).
 */
import { extractDom } from '../extract/extract-dom';
import { MAX_NODES, fromLiveDom } from '../extract/live-dom';
import { recognise } from '../recognise/recognise';
import type { Report } from '../model/report';
import { notAReport } from './not-a-report';
import { errorMessage } from '../error-message';

export function readLivePage(document: Document, url: string): Report {
  try {
    const root = fromLiveDom(document);
    if (!root) return notAReport(`页面过大（超过 ${MAX_NODES} 个节点），超出本工具可处理的范围`, url);
    return recognise(extractDom(root, { url }));
  } catch (error) {
    return notAReport(`页面无法读取：${errorMessage(error)}`, url);
  }
}
