/**
 * Page content is data (README, security): nothing in the extension or the core may turn a string
 * into markup or code. Preact renders text as text; these are the ways around it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS = /\binnerHTML\b|\bouterHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML or code sinks in the extension and the core', () => {
  it('none in any source file', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(offending).toEqual([]);
  });
});
