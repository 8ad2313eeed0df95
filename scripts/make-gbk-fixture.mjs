#!/usr/bin/env node
/**
 * Makes tests/fixtures/pingtan-2024-gbk.html: pingtan-2024.html re-encoded as GBK with its
 * `<meta charset>` changed to match, the way many government sites still serve their pages.
 * Refuses to write if any character has no GBK form, so the copy says exactly what the original says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const dir = new URL('../tests/fixtures/', import.meta.url);
const html = readFileSync(new URL('pingtan-2024.html', dir), 'utf8');

const from = '<meta charset="utf-8"';
if (html.indexOf(from) < 0 || html.indexOf(from) !== html.lastIndexOf(from)) throw new Error(`not unique: ${from}`);
const gbkHtml = html.replace(from, '<meta charset="gbk"');

const bytes = iconv.encode(gbkHtml, 'gbk');
if (iconv.decode(bytes, 'gbk') !== gbkHtml) throw new Error('pingtan-2024.html has characters GBK cannot encode');
writeFileSync(new URL('pingtan-2024-gbk.html', dir), bytes);
