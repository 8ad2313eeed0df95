/**
 * Every match of a global regex in `text`, collected before the caller looks at any. Not
 * `String.prototype.matchAll`: it copies the regex on every call, which costs more than the search
 * itself on a sentence, and the prose reader searches every sentence with several patterns.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return found;
}
