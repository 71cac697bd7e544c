/** A text cut at each match of a global `pattern`: the plain runs between, and each match with its groups. */
export type SplitPart = { text: string; match?: undefined } | { text: string; match: RegExpExecArray };

export function splitMatches(text: string, pattern: RegExp): SplitPart[] {
  const parts: SplitPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], match });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
