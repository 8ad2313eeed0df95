#!/usr/bin/env node
/**
 * Makes the mutated copies of real reports that prove checks fire (tests/fixtures/README.md lists
 * each change). Edits are exact text edits on the original page, so everything else stays as published.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../tests/fixtures/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dir), 'utf8');
const write = (name, html) => writeFileSync(new URL(name, dir), html);

/** Replaces the text of the `offset`-th `<td>` after the label cell holding `anchor` (1 = 自然人 … 7 = 总计 in table 3). */
function setCell(html, anchor, offset, from, to) {
  const at = html.indexOf(anchor);
  if (at < 0 || html.indexOf(anchor, at + 1) >= 0) throw new Error(`anchor not unique: ${anchor}`);
  const rowStart = html.lastIndexOf('<tr', at);
  const rowEnd = html.indexOf('</tr>', at);
  const row = html.slice(rowStart, rowEnd);
  const cells = [...row.matchAll(/<td[\s\S]*?<\/td>/g)];
  const labelIndex = cells.findIndex((match) => match[0].includes(anchor));
  const cell = labelIndex + offset;
  const target = cells[cell];
  if (labelIndex < 0 || !target) throw new Error(`no cell ${offset} after ${anchor}`);
  const replaced = target[0].replace(new RegExp(`>\\s*${from}\\s*<`), `>${to}<`);
  if (replaced === target[0]) throw new Error(`cell ${cell} of ${anchor} does not hold ${from}`);
  const start = rowStart + target.index;
  return html.slice(0, start) + replaced + html.slice(start + target[0].length);
}

function removeOnce(html, text) {
  const at = html.indexOf(text);
  if (at < 0 || html.indexOf(text, at + 1) >= 0) throw new Error(`not unique: ${text.slice(0, 40)}`);
  return html.slice(0, at) + html.slice(at + text.length);
}

const p2024 = read('pingtan-2024.html');
// Row （一）予以公开: 总计 71 → 72.
write('pingtan-2024-mutated-row-total.html', setCell(p2024, '（一）予以公开', 7, '71', '72'));
// Row 4.保护第三方合法权益: 商业企业 0 → blank (&nbsp;); every sum still holds with it read as 0.
write('pingtan-2024-mutated-blank.html', setCell(p2024, '4.保护第三方合法权益', 2, '0', '&nbsp;'));
// Row 2.重复申请: 自然人 1 → empty cell; the row total 1 then holds only if the blank were 1.
write('pingtan-2024-mutated-blank-in-failing-sum.html', setCell(p2024, '2.重复申请', 1, '1', ''));
// Row 5.属于三类内部事务信息: 自然人 32 → 「三十二」 (text where a number is required).
write('pingtan-2024-mutated-text-cell.html', setCell(p2024, '5.属于三类内部事务信息', 1, '32', '三十二'));
// Hostile cell: 自然人 32 → text that looks like markup (an <img> with onerror) and a real <script>.
write(
  'pingtan-2024-mutated-hostile-cell.html',
  setCell(p2024, '5.属于三类内部事务信息', 1, '32', '&lt;img src=x onerror="window.__pwned=1"&gt;<script>window.__pwned=2</script>'),
);
// Section 五's heading removed (its paragraph stays).
write(
  'pingtan-2024-mutated-no-section5.html',
  removeOnce(p2024, '<span style="font-family: 黑体, SimHei;">五、存在的主要问题及改进情况</span>'),
);
// Table 4 removed, from its `<table` to its `</table>`; the section 四 heading stays.
{
  const heading = p2024.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const start = p2024.indexOf('<table', heading);
  const end = p2024.indexOf('</table>', start) + '</table>'.length;
  write('pingtan-2024-mutated-no-table4.html', p2024.slice(0, start) + p2024.slice(end));
}
// Rows R15–R25 of table 3 cut: everything after row 「2.没有现成信息需要另行制作」 up to the end of table 3.
{
  const anchor = p2024.indexOf('2.没有现成信息需要另行制作');
  const cutFrom = p2024.indexOf('</tr>', anchor) + '</tr>'.length;
  const tableEnd = p2024.indexOf('</tbody>', cutFrom);
  write('pingtan-2024-mutated-truncated-table3.html', p2024.slice(0, cutFrom) + p2024.slice(tableEnd));
}
// Row 二、上年结转: 自然人 0 → 2 and 总计 0 → 2 (the row still adds up; the balance does not).
write(
  'pingtan-2024-mutated-carried-in.html',
  setCell(setCell(p2024, '二、上年结转政府信息公开申请数量', 1, '0', '2'), '二、上年结转政府信息公开申请数量', 7, '0', '2'),
);
// Row （七）总计: 自然人 217 → 216 and 总计 218 → 217 (a wrong R24, reported once).
write('pingtan-2024-mutated-handled-total.html', setCell(setCell(p2024, '（七）总计', 1, '217', '216'), '（七）总计', 7, '218', '217'));
// Table 4, 行政复议 总计 (5th of the 15 numbers in its last row) 7 → 8.
{
  const heading = p2024.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const end = p2024.indexOf('</table>', heading);
  const lastRow = p2024.lastIndexOf('<tr', end);
  const cells = [...p2024.slice(lastRow, end).matchAll(/<td[\s\S]*?<\/td>/g)];
  const total = cells[4];
  if (!total || !/>7</.test(total[0])) throw new Error('table 4 review total is not 7');
  const at = lastRow + total.index;
  write('pingtan-2024-mutated-table4.html', p2024.slice(0, at) + total[0].replace('>7<', '>8<') + p2024.slice(at + total[0].length));
}
// Heading 五 numbered 「六」 (so two headings carry 六).
write('pingtan-2024-mutated-misnumbered.html', p2024.replace('>五、存在的主要问题及改进情况<', '>六、存在的主要问题及改进情况<'));
// Table 4 replaced by an image of it.
{
  const heading = p2024.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const start = p2024.indexOf('<table', heading);
  const end = p2024.indexOf('</table>', start) + '</table>'.length;
  write(
    'pingtan-2024-mutated-table4-image.html',
    `${p2024.slice(0, start)}<p><img src="/images/table4.png" alt="表四"></p>${p2024.slice(end)}`,
  );
}
// Row label 「2.重复申请」 reworded to 「2.重复申请（含多次申请）」.
write('pingtan-2024-mutated-label.html', setCell(p2024, '2.重复申请', 0, '2.重复申请', '2.重复申请（含多次申请）'));
// The page's PubDate meta moved past the 31 March deadline of a government's report.
write(
  'pingtan-2024-mutated-late.html',
  p2024.replace('<meta name="PubDate" content="2025-03-10 15:35"/>', '<meta name="PubDate" content="2025-04-15 09:00"/>'),
);
// Table 3 split in two at row （四）无法提供, as a page break leaves it: the second part has no header and
// loses the 「三、本年度办理结果」 cell that spanned both parts.
{
  const anchor = p2024.indexOf('（四）无法提供');
  const rowStart = p2024.lastIndexOf('<tr', anchor);
  write(
    'pingtan-2024-mutated-split-table3.html',
    `${p2024.slice(0, rowStart)}</tbody></table><p>（续表）</p><table><tbody>${p2024.slice(rowStart)}`,
  );
}
// pingtan-2019 (trial form) relabelled as a 2021 report in its ArticleTitle meta: the outdated form.
{
  const p2019 = read('pingtan-2019.html');
  const meta = '<meta name="ArticleTitle" content="平潭综合实验区2019年度政府信息公开工作年度报告"/>';
  if (!p2019.includes(meta)) throw new Error('ArticleTitle meta not found');
  write('pingtan-2019-mutated-as-2021.html', p2019.replace(meta, meta.replace('2019年度', '2021年度')));
}
// pingtan-2024 standing for a 2023 report (ArticleTitle and PubDate a year back), for the cross-year
// checks: R02 自然人 0 → 1 and 总计 0 → 1 with R01 自然人 217 → 216 and 总计 218 → 217, so the page still
// balances on its own but carries in 1 where the 2022 report carried out 0.
{
  const title = '<meta name="ArticleTitle" content="平潭综合实验区2024年度政府信息公开工作年度报告"/>';
  const pubDate = '<meta name="PubDate" content="2025-03-10 15:35"/>';
  if (!p2024.includes(title) || !p2024.includes(pubDate)) throw new Error('ArticleTitle or PubDate meta not found');
  let html = p2024.replace(title, title.replace('2024年度', '2023年度')).replace(pubDate, pubDate.replace('2025-03-10', '2024-03-10'));
  const carried = '二、上年结转政府信息公开申请数量';
  const received = '一、本年新收政府信息公开申请数量';
  html = setCell(setCell(html, carried, 1, '0', '1'), carried, 7, '0', '1');
  html = setCell(setCell(html, received, 1, '217', '216'), received, 7, '218', '217');
  // The prose's own years follow the title, so the copy reads as one consistent 2023 report.
  for (const sentence of ['统计期限为2024年1月1日至2024年12月31日', '2024年，无收取信息处理费情况']) {
    if (!html.includes(sentence)) throw new Error(`not found: ${sentence}`);
    html = html.replace(sentence, sentence.replaceAll('2024', '2023'));
  }
  write('pingtan-2024-mutated-as-2023.html', html);
}
console.log('mutated fixtures written');
