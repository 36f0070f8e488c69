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
