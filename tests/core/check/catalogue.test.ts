/** Every check has its page in docs/checks and a real-page test that names it (design.md lesson 4). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/core/check/registry';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const testSources = readdirSync(`${root}tests/core`, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => readFileSync(`${root}tests/core/${name}`, 'utf8'))
  .join('\n');

describe('check catalogue', () => {
  it('ids are unique kebab-case', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(CHECKS.map((check) => check.id))('%s has a doc page and a test', (id) => {
    const page = `${root}docs/checks/${id}.md`;
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toMatch(new RegExp(`^# ${id} — `));
    // A test that asserts a finding of the check names its id as a string literal.
    expect(testSources).toContain(`checkId: '${id}'`);
  });
});
