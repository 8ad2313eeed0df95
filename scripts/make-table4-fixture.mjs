#!/usr/bin/env node
/**
 * Makes tests/fixtures/pingtan-2022-mutated-table4.html: pingtan-2022.html with table 4's
 * 行政复议 总计 changed from 2 to 3 (the 5th of the 15 numbers in the table's data row), so that
 * 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (0 + 1 + 1 + 0) no longer holds. One exact edit;
 * everything else stays as published.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../tests/fixtures/', import.meta.url);
const html = readFileSync(new URL('pingtan-2022.html', dir), 'utf8');

// Table 4 is the first table after section 四's heading (spelt 「行政法复议」 in this report).
const heading = html.indexOf('四、政府信息公开行政法复议');
if (heading < 0) throw new Error('section 四 heading not found');
const tableStart = html.indexOf('<table', heading);
const tableEnd = html.indexOf('</table>', tableStart);
const rows = [...html.slice(tableStart, tableEnd).matchAll(/<tr[\s\S]*?<\/tr>/g)];
const dataRow = rows.at(-1);
const cells = [...dataRow[0].matchAll(/<td[\s\S]*?<\/td>/g)];
const numbers = cells.map((cell) => cell[0].replace(/<[^>]+>|&nbsp;|\s/g, ''));
if (numbers.join(' ') !== '0 1 1 0 2 1 0 0 0 1 0 0 0 0 0') throw new Error(`unexpected table 4 data row: ${numbers.join(' ')}`);

const cell = cells[4];
const edited = cell[0].replace(/>2</, '>3<');
if (edited === cell[0] || edited.replace(/>3</, '>2<') !== cell[0]) throw new Error('行政复议 总计 cell does not hold a single 2');
const at = tableStart + dataRow.index + cell.index;
writeFileSync(new URL('pingtan-2022-mutated-table4.html', dir), html.slice(0, at) + edited + html.slice(at + cell[0].length));
