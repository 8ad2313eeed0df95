import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../../src/core/extract/headings';

describe('matchHeading finds the six sections and their variants', () => {
  it.each([
    ['一、总体情况', 1],
    ['二、主动公开政府信息情况', 2],
    ['三、收到和处理政府信息公开申请情况', 3],
    ['四、政府信息公开行政复议、行政诉讼情况', 4],
    ['四、政府信息公开行政法复议、行政诉讼情况', 4],
    ['四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', 4],
    ['五、存在的主要问题及改进情况', 5],
    ['五．存在问题及改进情况', 5],
    ['六、其他需要报告的事项', 6],
    ['六. 其他事项', 6],
    ['1、总体情况', 1],
    ['\u00a0一、总体情况\u00a0', 1],
  ])('%j is section %d', (text, n) => expect(matchHeading(text)?.n).toBe(n));

  it.each([
    '（一）主动公开方面',
    '2.围绕重点领域加大主动公开力度',
    '一是畅通依申请公开渠道，推动全区政务公开单位动态更新政府信息公开指南',
    '三、本年度办理结果',
    '二、上年结转政府信息公开申请数量',
  ])('%j is not a section heading', (text) => expect(matchHeading(text)).toBeNull());
});

describe('headings in other layouts', () => {
  it('reads 「第一部分」 numbering', () => expect(matchHeading('第一部分 总体情况')?.n).toBe(1));

  it('reads a heading run into its paragraph only with the official title', () => {
    expect(
      matchHeading('一、总体情况2024年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实条例规定，持续深化政务公开。')?.n,
    ).toBe(1);
    expect(
      matchHeading('一、坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实条例规定，持续深化主动公开工作和其他各项工作。'),
    ).toBeNull();
  });
});
