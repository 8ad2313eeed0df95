/**
 * What the prose of a report states, each statement with the exact span it was read from so a finding
 * can quote it and the popup can highlight it. Claims are facts about the text only; mapping them to
 * table values is the checks' business (see `check/table-readings.ts`).
 */

/** A stretch of one text block: `report.blocks[block].text.slice(start, end) === text`. */
export interface TextSpan {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** A sentence (up to 。！？；) of a text block, with the section (1–6, 0 before the first heading) it falls in. */
export interface Sentence extends TextSpan {
  section: number;
}

/** A count written in the text: 「13件」「十三件」「1.2万件」「3700余条」. */
export interface StatedCount {
  value: number;
  /** 余/多/约/近/逾/超过/左右/以上: never compared for equality. */
  approximate: boolean;
  unit: string;
  /** The number and its unit (and any approximate marker next to them). */
  span: TextSpan;
}

/** A percentage as printed: `units / 10^decimals` percent, kept exact. */
export interface StatedPercent {
  units: bigint;
  decimals: number;
  approximate: boolean;
  /** As printed, normalised: 「62%」「61.5%」. */
  printed: string;
  span: TextSpan;
}

export type ApplicationStage = 'received' | 'handled' | 'receivedOrHandled' | 'carriedIn' | 'carriedOut';
export type OutcomeGroup = 'granted' | 'partlyGranted' | 'withheld' | 'unavailable' | 'notProcessed' | 'otherHandling';
/** Table 3 applicant columns, plus `legalPersons` for 法人或其他组织 (C2–C6 together). */
export type ApplicantColumn = 'natural' | 'legalPersons' | 'business' | 'research' | 'nonprofit' | 'legal';

export type CountSubject =
  | { kind: 'applications'; stage: ApplicationStage; includesCarry: boolean }
  | { kind: 'outcome'; group: OutcomeGroup }
  | { kind: 'applicant'; column: ApplicantColumn }
  | { kind: 'channel' }
  | { kind: 'review' }
  | { kind: 'suits'; which: 'all' | 'direct' | 'afterReview' }
  | { kind: 'table2'; row: 'regulations' | 'normativeDocs'; column: 'issued' | 'repealed' | 'inForce'; thisYear: boolean };

/** Subjects that split a whole of applications (and so form breakdowns). */
export type Dimension = 'channel' | 'applicant' | 'outcome';

/** What a count counts, read from the noun before it and its unit. */
export type CountedNoun = 'applications' | 'information' | 'documents' | 'cases' | 'other';
/** What was done to what is counted. */
export type CountAction = 'receive' | 'handle' | 'issue' | 'repeal' | 'publish';

/**
 * How the words pin a count down (claims/reading.ts): only a `strong` reading that disagrees with the
 * table is an error; a `weak` one carries the reasons it is unsure, for the needs-review message.
 */
export interface CountReading {
  noun: CountedNoun | null;
  action: CountAction | null;
  /** `item`: one part of a breakdown opened by 涉及/包括…, not a total. */
  scope: 'total' | 'item';
  strength: 'strong' | 'weak';
  doubts: string[];
}

export interface CountClaim {
  /** Index in `Claims.counts`. */
  id: number;
  count: StatedCount;
  /** What is counted, when the wording names it unambiguously; null for anything else. */
  subject: CountSubject | null;
  /** How sure the reader is of what the number counts (subject is null when the reading rules it out). */
  reading: CountReading;
  /** The words before the number in its clause (「全区收到政府信息公开申请」), compact. */
  label: string;
  /** From the start of the label to the end of the unit. */
  phrase: TextSpan;
  sentence: Sentence;
  /** The year the sentence puts the claim in (「2022年，全区收到…」), when it says one. */
  year: YearMention | null;
  /** The application count this one splits (「收到申请75件，涉及自然人72件…」), same sentence or paragraph. */
  parent: number | null;
  /** The count is followed by 「等」: a list it ends is not exhaustive. */
  followedByDeng: boolean;
}

export interface YearMention {
  year: number;
  span: TextSpan;
}

export interface ShareClaim {
  percent: StatedPercent;
  /** The count the share is of (「网络申请8件、占…62%」), when it sits right before the share. */
  count: number | null;
  /** The words that name the part (「涉及房屋拆迁与补偿的」「其他信息」), compact. */
  label: string;
  /** The whole named in the sentence (「申请总数」), compact; '' when none is named. */
  denominator: string;
  phrase: TextSpan;
  sentence: Sentence;
  /** Shares of one partition run (one sentence, until a 「其他」 share closes it or 「按…统计」 starts another). */
  run: number;
  /** The part is 「其他/其余…」: the run it closes covers the whole. */
  isRest: boolean;
}

export interface BreakdownClaim {
  dimension: Dimension;
  parts: number[];
  /** The count the parts split, or null when none was found. */
  total: number | null;
  /** The list ends in 「等」, or (outcomes) names only some of the groups. */
  exhaustive: boolean;
  /** Why it is not exhaustive, for the message. */
  openReason: string | null;
}

export type QualitativeKind = 'noApplications' | 'noReviewOrSuit' | 'allGranted' | 'allUpheld' | 'noCorrection';

export interface QualitativeClaim {
  kind: QualitativeKind;
  /** Which table-4 groups the claim speaks of (for the table-4 claims). */
  review: boolean;
  suits: boolean;
  span: TextSpan;
  sentence: Sentence;
  year: YearMention | null;
}

/** 「本报告所列数据统计期限为2024年1月1日至2024年12月31日」. */
export interface PeriodClaim {
  startYear: number;
  /** Null when the end date carries no year of its own (「从2023年1月1日到12月31日」). */
  endYear: number | null;
  span: TextSpan;
  sentence: Sentence;
}

/** 「本报告共分6个部分」「由…六部分组成」「包括…等六个部分」. */
export interface PartsClaim {
  n: number;
  span: TextSpan;
  sentence: Sentence;
}

/** A sentence about 信息处理费 (or fees for applications). */
export interface FeeStatement {
  span: TextSpan;
  sentence: Sentence;
  year: YearMention | null;
}

export interface Claims {
  sentences: Sentence[];
  counts: CountClaim[];
  shares: ShareClaim[];
  breakdowns: BreakdownClaim[];
  qualitative: QualitativeClaim[];
  periods: PeriodClaim[];
  parts: PartsClaim[];
  fees: FeeStatement[];
}
