/**
 * A finding's English message with the form's keys the checks print (「row granted」, 「column
 * otherOrg」, 「Table 4, review」) put into English names: a person reads names, not JSON keys. Only
 * keys in the places the messages print them are replaced, so an ordinary English word that happens
 * to be a key ("total", "other") elsewhere in the sentence is left alone.
 */
import type { Finding } from '../core/model/finding';
import { formNameEn } from '../core/form/names-en';

type TableNo = 2 | 3 | 4;

const quoted = (table: TableNo, key: string): string => {
  const name = formNameEn(table, key);
  return name ? `“${name}”` : key;
};

const KEY = String.raw`[A-Za-z][\w.]*[A-Za-z]`;

export function englishMessage(finding: Pick<Finding, 'messageEn' | 'location'>): string {
  const table: TableNo = finding.location.table ?? 3;
  return finding.messageEn
    .replace(new RegExp(String.raw`\bCell (${KEY})/(${KEY}) of table ([234])`, 'g'), (_all, row: string, column: string, n: string) => {
      const t = Number(n) as TableNo;
      return `Cell ${quoted(t, row)} / ${quoted(t, column)} of table ${n}`;
    })
    .replace(
      new RegExp(String.raw`\bTable ([234]), (?:(row|column) )?(${KEY})\b`, 'g'),
      (_all, n: string, kind: string | undefined, key: string) =>
        `Table ${n}, ${kind ? `${kind} ` : ''}${quoted(Number(n) as TableNo, key)}`,
    )
    .replace(new RegExp(String.raw`\b(row|column) (${KEY})\b`, 'g'), (all, kind: string, key: string) =>
      formNameEn(table, key) ? `${kind} ${quoted(table, key)}` : all,
    )
    .replace(
      new RegExp(String.raw`(missing: |blank cell\(s\) \()(${KEY}(?:, ${KEY})*)`, 'g'),
      (_all, lead: string, list: string) =>
        lead +
        list
          .split(', ')
          .map((key) => (formNameEn(table, key) ? quoted(table, key) : key))
          .join(', '),
    );
}
