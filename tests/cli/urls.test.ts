/**
 * `--urls`: pages fetched from a local server (127.0.0.1 only) with the charset the server declares,
 * a timeout, and a row of its own for every URL that fails; results in the list's order.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runBin } from './run-bin';

const F = 'tests/fixtures/';
let server: Server;
let base: string;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'govreport-urls-'));
  const page = readFileSync(`${F}pingtan-2024.html`, 'utf8');
  const undeclared = page.replace(/<meta[^>]*charset[^>]*>/gi, '');
  server = createServer((request, response) => {
    if (request.url === '/report.html') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    // GBK bytes, declared by the server only.
    if (request.url === '/gbk.html')
      return response.writeHead(200, { 'content-type': 'text/html; charset=GBK' }).end(iconv.encode(undeclared, 'gbk'));
    if (request.url === '/slow.html') return setTimeout(() => response.writeHead(200).end(page), 5000);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(
    join(tmp, 'list.txt'),
    [
      '# a column of reports',
      `${base}/report.html`,
      '',
      `${base}/missing.html`,
      `${base}/gbk.html`,
      `${base}/slow.html`,
      'ftp://example.org/x',
    ].join('\n'),
  );
});
afterAll(() => {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('govreport-audit --urls', { timeout: 60_000 }, () => {
  it('fetches each URL, in order, each failure a line of its own, exit 2', async () => {
    const run = await runBin(['--urls', join(tmp, 'list.txt'), '-f', 'json', '--timeout', '1', '--concurrency', '2']);
    expect(run.code).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.input)).toEqual([
      `${base}/report.html`,
      `${base}/missing.html`,
      `${base}/gbk.html`,
      `${base}/slow.html`,
      'ftp://example.org/x',
    ]);
    const [report, missing, gbk, slow, ftp] = lines;
    expect(report.report.title).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(missing.error).toBe('the server answered 404 Not Found');
    expect(gbk.report.title).toBe(report.report.title);
    expect(gbk.findings).toEqual(report.findings);
    expect(slow.error).toBe('no answer within 1 s');
    expect(ftp.error).toBe('only http and https URLs are fetched, not ftp:');
    expect(run.stderr).toContain(`govreport-audit: ${base}/missing.html: the server answered 404 Not Found`);
  });
});
