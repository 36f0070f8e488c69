/** Plain text as authors write it in CSV cells, shaped for pages. */

/**
 * Paragraphs of a plain-text cell: a blank line (possibly holding spaces) separates them, as
 * PRODUCT.md §3.3 tells authors. Line breaks inside a paragraph are kept for the page to fold;
 * empty paragraphs are dropped.
 */
export function paragraphsOf(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00A0]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * A label folded into lines of at most `max` characters at spaces, for chart axes that would
 * otherwise cut a long theme name off at the edge of a phone screen. A single word longer than
 * `max` keeps its own line rather than being split.
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The first paragraph of a text, cut to at most `max` characters for a one-line summary: at the
 * last sentence end that fits, else at the last space, with an ellipsis. A short first paragraph
 * is returned whole.
 */
export function oneLine(text: string, max = 200): string {
  const first = paragraphsOf(text)[0] ?? '';
  const flat = first.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const sentenceEnd = Math.max(...['. ', '! ', '? '].map((end) => head.lastIndexOf(end)));
  if (sentenceEnd > max / 3) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head).replace(/[,;:]$/, '')}…`;
}
