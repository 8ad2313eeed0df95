import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/popup/i18n/en';
import { zh } from '../../src/popup/i18n/zh';
import { parseLang, translate } from '../../src/popup/i18n';

describe('popup locales', () => {
  it('have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'located', { n: 7 })).toBe('已在页面上标出 7 处。');
    expect(translate('en', 'located', { n: 7 })).toBe('Outlined 7 place(s) on the page.');
    expect(translate('en', 'located')).toBe('Outlined {n} place(s) on the page.');
  });

  it('defaults to Chinese for anything stored that is not a language', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang(undefined)).toBe('zh');
    expect(parseLang('fr')).toBe('zh');
  });

  it('leaves no Chinese text in the popup components: every string goes through a locale file', () => {
    const dir = 'src/popup';
    const components = readdirSync(dir).filter((name) => name.endsWith('.tsx'));
    expect(components.length).toBeGreaterThan(3);
    for (const name of components) {
      const code = readFileSync(join(dir, name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      // Full-width brackets around a translated word are typography, not a string to translate.
      const chinese = code.replace(/[（）：；、]/g, '').match(/[\u4e00-\u9fff]+/g) ?? [];
      expect(chinese, name).toEqual([]);
    }
  });
});
