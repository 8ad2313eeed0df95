import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Document as Root } from 'domhandler';
import { extractHtml } from '../../../src/core/extract/extract-html';
import { extractDom } from '../../../src/core/extract/extract-dom';
import { MAX_NODES, fromLiveDom } from '../../../src/core/extract/live-dom';
import { readLivePage } from '../../../src/core/audit/read-live';
import { readReport } from '../../../src/core/audit/read';
import { fixture, fixturePath } from '../../helpers';
import { asLiveDocument } from '../../fuzz/live-document';

describe('the live-DOM copy reads a page as its HTML string reads', () => {
  const pages = readdirSync(fixturePath('')).filter((name) => name.endsWith('.html') && !name.includes('gbk'));

  it.each(pages)('%s', (name) => {
    const html = fixture(name);
    expect(extractDom(fromLiveDom(asLiveDocument(html))!, { url: name })).toEqual(extractHtml(html, { url: name }));
  });

  it('gives the same report through readLivePage', () => {
    const html = fixture('pingtan-2024.html');
    expect(readLivePage(asLiveDocument(html), 'https://example.gov.cn/a.html')).toEqual(
      readReport(html, { url: 'https://example.gov.cn/a.html' }),
    );
  });

  it('copies elements and text only, with lower-case names and the attributes the extractor reads', () => {
    const root = fromLiveDom(asLiveDocument('<!doctype html><html><body><!-- c --><TD ROWSPAN="2" class=x>一</TD></body></html>')) as Root;
    const body = (root.children[0] as unknown as { children: { children: unknown[] }[] }).children.at(-1)!;
    expect(body.children).toHaveLength(1);
    expect(body.children[0]).toMatchObject({ name: 'td', attribs: { rowspan: '2' } });
  });

  it('refuses a page with more nodes than it reads, with a reason', () => {
    const html = `<html><body>${'<i>x</i>'.repeat(MAX_NODES / 2 + 1)}</body></html>`;
    const report = readLivePage(asLiveDocument(html), 'https://example.gov.cn/huge.html');
    expect(report.isReport).toBe(false);
    expect(report.notReportReason).toContain('页面过大');
  });

  it('survives nesting deeper than any call stack', () => {
    const html = `${'<div>'.repeat(20_000)}一、总体情况${'</div>'.repeat(20_000)}`;
    expect(() => readLivePage(asLiveDocument(html), 'https://example.gov.cn/deep.html')).not.toThrow();
  });
});
