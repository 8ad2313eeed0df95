/**
 * `compute` with a memo, for the strings every stage asks about again (labels, cell texts); bounded,
 * and emptied when full, so a hostile page cannot grow it without end.
 */
export function memoised<T>(compute: (key: string) => T, limit = 4096): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
