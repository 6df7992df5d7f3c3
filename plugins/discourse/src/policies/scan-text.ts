/**
 * The text of a forum post that is the author's own words: `raw` with quoted posts (`[quote="…"]…[/quote]`,
 * nested too) and code (fenced blocks, `[code]`, inline backticks) blanked out. Blanking keeps every other
 * character where it was, so match offsets in the result are offsets into `raw`.
 */
export function authoredText(raw: string): string {
  const spans: [number, number][] = [];
  collectQuotes(raw, spans);
  for (const pattern of CODE_PATTERNS) {
    for (const match of raw.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  if (spans.length === 0) return raw;
  const chars = raw.split('');
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}

const CODE_PATTERNS = [
  /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm,
  /\[code\][\s\S]*?(?:\[\/code\]|(?![\s\S]))/gi,
  /`[^`\n]+`/g,
];

/** Quote blocks, outermost first; an unclosed quote runs to the end (Discourse renders it so). */
function collectQuotes(raw: string, spans: [number, number][]): void {
  const tags = /\[quote(?:=[^\]]*)?\]|\[\/quote\]/gi;
  let depth = 0;
  let start = 0;
  for (const match of raw.matchAll(tags)) {
    if (match[0][1] !== '/') {
      if (depth === 0) start = match.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, match.index + match[0].length]);
    }
  }
  if (depth > 0) spans.push([start, raw.length]);
}
