import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, declaredCharset } from '../../src/cli/decode';

const TEXT = '平潭综合实验区2024年度政府信息公开工作年度报告';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ["<meta charset='GB2312' />", 'gb2312'],
    ['<meta charset=utf-8 name="viewport" content="width=device-width">', 'utf-8'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb18030">', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html;charset=GBK">', 'gbk'],
    ['<meta charset="UTF-16LE">', 'utf-8'],
    ['<meta name="Url" content="https://example.gov.cn/">', null],
    ['<html><head><title>x</title></head>', null],
  ])('%s → %s', (head, expected) => {
    expect(declaredCharset(utf8(`<!DOCTYPE html>${head}`))).toBe(expected);
  });

  it("reads an XHTML page's XML declaration", () => {
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="GBK"?><html>'))).toBe('gbk');
  });

  it('looks only at the first 4 kB', () => {
    expect(declaredCharset(utf8(`<!--${' '.repeat(4096)}--><meta charset="gbk">`))).toBeNull();
  });
});

describe('decodeBytes', () => {
  it('decodes a page that declares GBK', () => {
    const decoded = decodeBytes(gbk(`<meta charset="gbk"><h1>${TEXT}</h1>`));
    expect(decoded).toMatchObject({ text: `<meta charset="gbk"><h1>${TEXT}</h1>`, encoding: 'gbk', source: 'meta' });
  });

  it('decodes GB2312 via the http-equiv form', () => {
    const html = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>${TEXT}</p>`;
    expect(decodeBytes(gbk(html)).text).toBe(html);
  });

  it('a BOM wins over the declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<meta charset="gbk">${TEXT}`)]);
    expect(decodeBytes(bytes)).toMatchObject({ text: `<meta charset="gbk">${TEXT}`, encoding: 'utf-8', source: 'bom' });
  });

  it('reads UTF-16LE with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]);
    expect(decodeBytes(bytes)).toMatchObject({ text: TEXT, encoding: 'utf-16le', source: 'bom' });
  });

  it('defaults to UTF-8 without a declaration', () => {
    expect(decodeBytes(utf8(`<p>${TEXT}</p>`))).toMatchObject({ text: `<p>${TEXT}</p>`, encoding: 'utf-8', source: 'default' });
  });

  it('an unknown label falls back to UTF-8', () => {
    expect(decodeBytes(utf8(`<meta charset="klingon">${TEXT}`))).toMatchObject({ encoding: 'utf-8', source: 'default' });
  });

  it('undeclared bytes that are not UTF-8 are read as GB18030', () => {
    expect(decodeBytes(gbk(`<p>${TEXT}</p>`))).toMatchObject({ text: `<p>${TEXT}</p>`, encoding: 'gb18030', source: 'sniffed' });
  });

  it('plain text ignores anything that looks like a meta tag', () => {
    expect(decodeBytes(utf8(`<meta charset="gbk">${TEXT}`), { html: false })).toMatchObject({ encoding: 'utf-8', source: 'default' });
  });
});
