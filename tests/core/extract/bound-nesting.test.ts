import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/cli/decode';
import { boundNesting, MAX_NESTING_DEPTH } from '../../../src/core/extract/extract-html';
import { readReport } from '../../../src/core/audit/read';

const real = new URL('../../fixtures/real/html/', import.meta.url);
const fixtures = new URL('../../fixtures/', import.meta.url);
const pages = [
  ...readdirSync(real)
    .filter((name) => name.endsWith('.html'))
    .map((name) => new URL(name, real)),
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.html'))
    .map((name) => new URL(name, fixtures)),
];

/** Whether a bound of `depth` would flatten anything: the page's depth is the least bound that does not. */
const deeperThan = (html: string, depth: number) => boundNesting(html, depth).flattenedTags > 0;

describe('boundNesting', () => {
  it('leaves every real page as it is', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = decodeBytes(readFileSync(page)).text;
      const bounded = boundNesting(html);
      expect(bounded.flattenedTags, page.pathname).toBe(0);
      expect(bounded.html).toBe(html);
      // And with room to spare: no real page comes near the bound.
      expect(deeperThan(html, MAX_NESTING_DEPTH / 4), page.pathname).toBe(false);
    }
  });

  it.each([
    ['tables', (n: number) => `${'<table><tr><td>'.repeat(n)}x${'</td></tr></table>'.repeat(n)}`],
    ['unclosed tables', (n: number) => '<table><tr><td>'.repeat(n)],
    ['lists', (n: number) => '<ul><li>'.repeat(n)],
    ['inline', (n: number) => `${'<span><b>'.repeat(n)}x${'</b></span>'.repeat(n)}`],
    ['self-closed divs', (n: number) => '<div/>'.repeat(n)],
  ])('%s 20,000 deep: the parser gets at most the bound, the text kept', (_, make) => {
    const html = make(20_000);
    const bounded = boundNesting(html);
    expect(bounded.flattenedTags).toBeGreaterThan(0);
    expect(deeperThan(bounded.html, MAX_NESTING_DEPTH)).toBe(false);
    expect(bounded.html.replace(/<[^>]*>/g, '')).toBe(html.replace(/<[^>]*>/g, ''));
  });

  it('implied closes are followed as the parser does: many unclosed cells and paragraphs are not deep', () => {
    const html = `<table>${'<tr><td>1<td>2<td>3'.repeat(5000)}</table>${'<p>段落'.repeat(5000)}${'<li>项'.repeat(5000)}`;
    expect(boundNesting(html).flattenedTags).toBe(0);
  });

  it('markup inside scripts, comments and quoted attributes is not counted', () => {
    const html = `<script>${'<div>'.repeat(1000)}</script><!--${'<div>'.repeat(1000)}--><p title="${'<div>'.repeat(1000)}">x</p>`;
    expect(boundNesting(html).flattenedTags).toBe(0);
  });

  it('a report wrapped past the bound still reads the same text', () => {
    const page = readFileSync(new URL('pingtan-2024.html', fixtures), 'utf8');
    expect(readReport(page.replace('<body', `${'<div>'.repeat(10)}<body`)).isReport).toBe(true);
  });
});
