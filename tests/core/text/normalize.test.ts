import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, compact, labelKey } from '../../../src/core/text/normalize';

describe('labelKey makes layout variants of one label equal (docs/report-format.md §7)', () => {
  it.each([
    ['3.危及“三安全一稳定”', '危及三安全一稳定'],
    ['危及"三安全一稳定"', '危及三安全一稳定'],
    ['商 业 企\n业', '商业企业'],
    ['(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)', '部分公开区分处理的只计这一情形不计其他情形'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开区分处理的只计这一情形不计其他情形'],
    ['三、本年度办理结果', '本年度办理结果'],
    ['（七）总计', '总计'],
    ['3.其他', '其他'],
    ['本年新\n制作数量', '本年新制作数量'],
  ])('%j → %s', (raw, key) => expect(labelKey(raw)).toBe(key));

  it('cleanText folds full-width forms and white space', () => {
    expect(cleanText('  ２０２４年\u00a0\u3000度 ')).toBe('2024年 度');
  });
});

describe('the fast path of the normalisation agrees with full NFKC', () => {
  // Characters of the fast path, their neighbours just outside it, and characters NFKC composes or expands.
  const alphabet = [
    ...'aZ09 ,.()\t\n\r\v\f\u0085\u1680\u2000\u200a\u2028\u202f\u205f\u00a0\u3008\u00b7\u200b\u2014\u2018\u2019\u201c\u201d\u3000\u3001\u3002\u3003\u300a\u3011\u3012\u3014\u3015\u4e00\u9fff\ufeff\uff01\uff0c\uff5e\uff5f\uff61…ⅱ㈠é\u0301\u3099か',
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((chars) => chars.join(''));

  it('for cleanText and compact', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const folded = raw.normalize('NFKC');
        expect(cleanText(raw)).toBe(folded.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim());
        expect(compact(raw)).toBe(folded.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
