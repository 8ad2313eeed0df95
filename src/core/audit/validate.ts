/**
 * Structural checks for the JSON the popup reads back: imported dismissals files and its own storage.
 * The zod schemas in ../model/dismissals and ../model/history are the contracts; these mirror them
 * without zod, which would add ~8 kB zipped to the popup (README, "Size budget"), and a test holds the
 * two in agreement (tests/core/audit/validate.test.ts).
 */

/** Returns null when the value fits, else where it does not and what was expected there. */
export type Check = (value: unknown, path: string) => { path: string; expected: string } | null;

const fail = (path: string, expected: string) => ({ path, expected });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const string: Check = (v, p) => (typeof v === 'string' ? null : fail(p, 'string'));
export const nonEmptyString: Check = (v, p) => (typeof v === 'string' && v !== '' ? null : fail(p, 'non-empty string'));
export const number: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : fail(p, 'number'));
export const int: Check = (v, p) => (Number.isSafeInteger(v) ? null : fail(p, 'integer'));
export const literal = (expected: string | number): Check => (v, p) => (v === expected ? null : fail(p, JSON.stringify(expected)));
export const oneOf = (values: readonly string[]): Check => (v, p) => (values.includes(v as string) ? null : fail(p, values.join(' | ')));
export const nullable = (check: Check): Check => (v, p) => (v === null ? null : check(v, p));
export const optional = (check: Check): Check => (v, p) => (v === undefined ? null : check(v, p));

/** Unknown keys are allowed (and dropped by whoever builds from the value), as zod objects do. */
export const object = (shape: Record<string, Check>): Check => (v, p) => {
  if (!isObject(v)) return fail(p, 'object');
  for (const [key, check] of Object.entries(shape)) {
    const issue = check(v[key], p ? `${p}.${key}` : key);
    if (issue) return issue;
  }
  return null;
};

export const array = (item: Check): Check => (v, p) => {
  if (!Array.isArray(v)) return fail(p, 'array');
  for (const [index, element] of v.entries()) {
    const issue = item(element, `${p}.${index}`);
    if (issue) return issue;
  }
  return null;
};

/** Any string keys; with `keys`, exactly those keys, each present. */
export const record = (value: Check, keys?: readonly string[]): Check => (v, p) => {
  if (!isObject(v)) return fail(p, 'object');
  if (keys) {
    for (const key of keys) {
      const issue = value(v[key], `${p}.${key}`);
      if (issue) return issue;
    }
    const extra = Object.keys(v).find((key) => !keys.includes(key));
    return extra === undefined ? null : fail(`${p}.${extra}`, `one of ${keys.join(' | ')}`);
  }
  for (const [key, element] of Object.entries(v)) {
    const issue = value(element, `${p}.${key}`);
    if (issue) return issue;
  }
  return null;
};

const dismissal = { note: string, at: string };

export const dismissalsCheck = record(object(dismissal));

export const dismissalsFileCheck = object({
  kind: literal('govreport-audit-dismissals'),
  version: literal(1),
  exportedAt: string,
  report: object({ url: nullable(string), title: string, organisation: string, year: nullable(int) }),
  dismissals: array(object({ ...dismissal, fingerprint: nonEmptyString, checkId: string, message: optional(string) })),
});

const storedCell = object({ raw: string, kind: oneOf(['number', 'zero', 'blank', 'notApplicable', 'text']), value: nullable(number) });

export const historyEntryCheck = object({
  url: nullable(string),
  organisation: nonEmptyString,
  year: int,
  carriedOut: record(storedCell),
  table2: record(record(storedCell)),
  title: string,
  bodyKind: oneOf(['government', 'department', 'unknown']),
  counts: object({
    outcome: record(int, ['fail', 'needs-review', 'pass', 'not-applicable']),
    failBySeverity: record(int, ['error', 'warning', 'info']),
  }),
  auditedAt: string,
});
