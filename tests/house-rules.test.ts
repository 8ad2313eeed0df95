/**
 * The house rules are lint rules (eslint.config.js): this holds the rules themselves to what they must
 * refuse, so that loosening the config is a failing test, not a silent change. `npm run lint` applies
 * them to the tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids lint reports for `code` placed at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return [...new Set(result!.messages.map((message) => message.ruleId ?? message.message))].filter(
    (rule) => rule !== '@typescript-eslint/no-unused-vars',
  );
}

describe('house rules', () => {
  it.each([
    ['src/core/check/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/core/extract/x.ts', "import { browser } from 'wxt/browser';"],
    ['src/core/audit/x.ts', "import { h } from 'preact';"],
    ['src/core/model/x.ts', "import { renderCsv } from '../../present/csv';"],
    ['src/core/check/x.ts', "import { main } from '../../cli/main';"],
    ['src/core/form/x.ts', "import { App } from '../../popup/App';"],
  ])('%s may not import a host: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['src/core/text/x.ts', "import type { Report } from '../model/report';"],
    ['src/core/model/x.ts', "import type { FormDef } from '../form/types';"],
    ['src/core/form/x.ts', "import { extractHtml } from '../extract/extract-html';"],
    ['src/core/extract/x.ts', "import { recognise } from '../recognise/recognise';"],
    ['src/core/recognise/x.ts', "import { extractClaims } from '../claims/extract';"],
    ['src/core/claims/x.ts', "import { CHECKS } from '../check/registry';"],
    ['src/core/check/x.ts', "import { auditReport } from '../audit/audit';"],
    ['src/core/check/checks/x.ts', "import { auditReport } from '../../audit/audit';"],
    ['src/present/x.ts', "import { main } from '../cli/main';"],
    ['src/popup/x.ts', "import { main } from '../cli/main';"],
  ])('a lower layer may not import a higher one: %s %s', async (file, code) => {
    expect(await violations(file, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['src/core/audit/x.ts', "import { runChecks } from '../check/run-checks';"],
    ['src/core/check/checks/x.ts', "import { FORM_2021 } from '../../form/forms';"],
    ['src/present/x.ts', "import type { AuditResult } from '../core/model/audit';"],
    ['src/cli/x.ts', "import { readFileSync } from 'node:fs';"],
  ])('the pipeline direction is allowed: %s %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });

  it.each([
    "import { readReport } from '../core/audit/read';",
    "import { extractHtml } from '../core/extract/extract-html';",
    "import { load } from 'cheerio/slim';",
  ])('the popup carries no HTML reader: %s', async (code) => {
    expect(await violations('src/popup/x.ts', code)).toEqual(['no-restricted-imports']);
  });

  it('src/core reaches for no browser or Node global', async () => {
    expect(await violations('src/core/extract/x.ts', 'export const title = () => document.title;')).toEqual(['no-restricted-globals']);
    expect(await violations('src/core/audit/x.ts', 'export const args = () => process.argv;')).toEqual(['no-restricted-globals']);
  });

  it.each([
    'export const f = (element: HTMLElement, html: string) => { element.innerHTML = html; };',
    'export const f = (element: HTMLElement, html: string) => { element.outerHTML = html; };',
    "export const f = (element: HTMLElement, html: string) => element.insertAdjacentHTML('beforeend', html);",
    'export const f = (html: string) => document.write(html);',
    'export const f = (html: string) => ({ dangerouslySetInnerHTML: { __html: html } });',
  ])('no HTML sink anywhere: %s', async (code) => {
    for (const file of ['src/popup/x.tsx', 'entrypoints/x.content.ts', 'src/present/x.ts'])
      expect(await violations(file, code)).toEqual(['no-restricted-syntax']);
  });

  it.each([
    ['export const f = (code: string) => eval(code);', 'no-eval'],
    ["export const f = (code: string) => new Function('x', code);", 'no-new-func'],
    ["export const f = () => setTimeout('alert(1)', 0);", 'no-implied-eval'],
  ])('no code from strings: %s', async (code, rule) => {
    expect(await violations('src/popup/x.ts', code)).toEqual([rule]);
  });
});
