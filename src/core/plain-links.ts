/**
 * Links written into CSV text. kuultu publishes a CSV text (an action's description, what
 * residents said, a declined action's reason, a timeline note) as plain paragraphs, never as
 * Markdown, so `[lomakkeella](www.kuusijarvi.example/lomake)` would be published with its
 * brackets and no link, and an address without its start (`www.…`) is only half an address in
 * the open data and the feeds. Both are found here, with the address written out in full as
 * the fix; the schemas turn them into messages (src/schemas/fields.ts).
 */

export interface PlainTextLink {
  /** `markdown`: `[text](address)`; `www`: an address that starts with www. and no https://. */
  kind: 'markdown' | 'www';
  /** What the author wrote, as it stands in the text. */
  written: string;
  /** The same, as it should be written: the link text, then the whole address; undefined when unknown. */
  rewrite?: string;
}

const MARKDOWN_LINK = /!?\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
/** www. at the start of a word (not inside https://www. or an e-mail address), up to the last letter, digit or /. */
const BARE_WWW = /(?<![\w/.@:-])www\.[^\s<>()"]*[^\s<>()".,;:!?'”]/giu;

/** The address in full: `www.x` gets https://, a full address stays; a relative one has none to give. */
function fullAddress(address: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return address;
  if (/^www\./i.test(address)) return `https://${address}`;
  return undefined;
}

/** Every Markdown link and every address starting with www. in a plain text, in order. */
export function linksInPlainText(text: string): PlainTextLink[] {
  const found: { at: number; link: PlainTextLink }[] = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    const label = m[1]!.trim();
    const full = fullAddress(m[2]!);
    found.push({
      at: m.index,
      link: {
        kind: 'markdown',
        written: m[0],
        ...(full === undefined ? {} : { rewrite: label === '' ? full : `${label} ${full}` }),
      },
    });
  }
  const withoutMarkdown = text.replace(MARKDOWN_LINK, (m) => ' '.repeat(m.length));
  for (const m of withoutMarkdown.matchAll(BARE_WWW)) {
    found.push({ at: m.index, link: { kind: 'www', written: m[0], rewrite: `https://${m[0]}` } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.link);
}
