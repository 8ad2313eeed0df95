import { describe, expect, it } from 'vitest';
import { cleanText, labelKey } from '../../../src/core/text/normalize';

describe('labelKey makes layout variants of one label equal (report-format.md §7)', () => {
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
