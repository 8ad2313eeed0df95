/**
 * Share claims: percentages that say what part of a whole something is (「网络申请8件、占申请总数的62%」,
 * 「涉及房屋拆迁与补偿的占85%」). Rates and changes (「办结率100%」「同比增长12%」) are not shares of a
 * partition and are left alone.
 *
 * Shares are grouped in runs, the candidates for one partition: a run is one sentence, cut where a
 * 「按…统计」 starts a new breakdown or after a 「其他…」 share has closed one.
 */
import { compact } from '../text/normalize';
import { clauseStart, subSpan } from './sentences';
import { isName, type SentenceTokens } from './counts';
import type { CountClaim, ShareClaim } from './types';

/** Between a count and its share: 「、占申请总数的」「（占」「，占比」. */
const ATTACHED = /^[\s,，、(（]*(?:占(?:比)?(?<name>[^,，、;；。%]{0,20}?)(?:的)?(?:比例|比重|比)?(?:为|是|达)?)?\s*$/;
/** A share without its count: 「涉及房屋拆迁与补偿的占」「其他信息占」. */
const DETACHED = /^(?<label>.*?)(?:所)?占(?:比)?(?<name>[^,，、;；。%]{0,20}?)(?:的)?(?:比例|比重|比)?(?:为|是|达)?$/;
const NEW_BREAKDOWN = /按.{1,15}?(统计|划分|分类|来看|分)/;
const REST = /^(其中)?(其他|其它|其余|剩余|另外|余下)/;

export function shareClaims(tokenized: SentenceTokens[], counts: CountClaim[]): ShareClaim[] {
  const shares: ShareClaim[] = [];
  const countAt = new Map(counts.map((claim) => [`${claim.sentence.block}:${claim.count.span.start}`, claim]));
  let run = 0;
  for (const { sentence, tokens } of tokenized) {
    run++;
    let previousEnd = 0;
    let runHasShares = false;
    tokens.forEach((token, index) => {
      const start = previousEnd;
      previousEnd = token.end;
      if (token.kind !== 'percent' || isName(sentence.text, token)) return;
      if (runHasShares && NEW_BREAKDOWN.test(sentence.text.slice(start, token.start))) run++;
      const before = tokens[index - 1];
      const count = before?.kind === 'count' ? countAt.get(`${sentence.block}:${sentence.start + before.start}`) : undefined;
      const between = sentence.text.slice(before?.end ?? 0, token.start);
      const attached = count ? ATTACHED.exec(between) : null;
      let label: string;
      let name: string;
      let phraseStart: number;
      if (count && attached) {
        label = stripLead(count.label);
        name = compact(attached.groups!.name ?? '');
        phraseStart = count.phrase.start - sentence.start;
      } else {
        phraseStart = clauseStart(sentence.text, start, token.start);
        const detached = DETACHED.exec(compact(sentence.text.slice(phraseStart, token.start)));
        if (!detached) return;
        label = stripLead(detached.groups!.label!);
        name = compact(detached.groups!.name ?? '');
      }
      const isRest = REST.test(label);
      shares.push({
        percent: {
          units: token.units,
          decimals: token.decimals,
          approximate: token.approximate,
          printed: token.printed,
          span: subSpan(sentence, token.start, token.end),
        },
        count: count && attached ? count.id : null,
        label,
        denominator: name,
        phrase: subSpan(sentence, phraseStart, token.end),
        sentence,
        run,
        isRest,
      });
      runHasShares = true;
      if (isRest) {
        run++;
        runHasShares = false;
      }
    });
  }
  return shares;
}

function stripLead(label: string): string {
  return label.replace(/^[,，、:：]*(其中|另有|涉及)?/, '');
}
