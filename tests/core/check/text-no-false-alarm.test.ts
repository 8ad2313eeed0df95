/**
 * Sentences real reports write that are not table values, or not this year's, put into pingtan-2024:
 * the text checks must stay silent on them (docs/rules.md: a false alarm costs more than a miss).
 */
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../../src/core/audit/read';
import { fixture, problems } from '../../helpers';

const HANDLED = '全年办理政府信息公开申请218件。';
const page = fixture('pingtan-2024.html');

function auditWith(sentence: string) {
  if (page.split(HANDLED).length !== 2) throw new Error('anchor sentence not found once');
  return auditHtml(page.replace(HANDLED, `${HANDLED}${sentence}`), { now: new Date('2026-01-01T00:00:00Z') });
}

describe('text checks stay silent on what is not a table value', () => {
  it.each([
    '2021年以来，累计收到政府信息公开申请500件。',
    '2023年收到政府信息公开申请200件，2024年收到政府信息公开申请218件。',
    '比上年收到的政府信息公开申请200件增加18件。',
    '全区行政复议、行政诉讼案件共26件。',
    '本局办理行政复议案件120件，受理群众诉求259起。',
    '共收到行政许可申请300件。',
    '其中网络申请200件、信函申请10件等。',
    '其中予以公开71件、部分公开29件。',
    '申请人未申请行政复议。',
    '对申请人关注的信息均予以公开。',
    '办结率100%，群众满意率达98%，同比增长12%。',
    '收到政府信息公开申请约200件。',
    '对申请人申请公开的信息，凡属于公开范围的均予以公开。',
    '坚持第一时间登记受理、第一时间回复申请的“三个一”工作机制。',
    '办理政府信息公开申请的平均时间为10个工作日。',
    '依申请公开信息数354条。',
    '全年主动公开政府信息10407条，其中政策文件1000余条。',
    '行政诉讼未经复议直接起诉0件，尚未审结的复议案件1件。',
    '2025年，将重点做好依申请公开工作。',
  ])('%s', (sentence) => {
    expect(problems(auditWith(sentence).findings)).toEqual([]);
  });
});

describe('text checks read the same figures in other words', () => {
  it.each([
    ['收到政府信息公开申请二百一十八件。', '正文数 = R01 [总计]'],
    ['全年新收政府信息公开申请218件，其中自然人217件、法人或其他组织1件。', '正文数 = R01 [法人或其他组织]'],
    ['全年共办理政府信息公开申请218件，其中上年结转0件。', '正文数 = R24 [总计]'],
    ['予以公开71件，不予公开39件，无法提供75件，不予处理1件，其他处理3件。', '正文数 = ΣR21–R23 [总计]'],
  ])('%s', (sentence, lastExpression) => {
    const audit = auditWith(sentence);
    expect(problems(audit.findings)).toEqual([]);
    const counts = audit.findings.filter((finding) => finding.checkId === 'text-count-mismatch');
    expect(counts.every((finding) => finding.outcome === 'pass')).toBe(true);
    expect(counts.map((finding) => finding.expression)).toContain(lastExpression);
  });
});
