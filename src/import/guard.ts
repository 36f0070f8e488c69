/**
 * Residents' words pass the same personal-data guard as any published text
 * (src/validate/personal-data.ts) before they are written: an imported description is stored
 * with each e-mail address, phone number, identity code or account number replaced, so the
 * row can later be set to publish = yes without leaking what the guard would have blocked.
 */
import type { Lang } from '../schemas/fields.ts';
import { findPersonalData, type PersonalDataKind } from '../validate/personal-data.ts';

const REMOVED: Record<Lang, string> = { fi: '[poistettu]', sv: '[borttaget]', en: '[removed]' };

export function redactPersonalData(text: string, lang: Lang): { text: string; kinds: PersonalDataKind[] } {
  const matches = findPersonalData(text);
  if (matches.length === 0) return { text, kinds: [] };
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.index) + REMOVED[lang];
    at = m.index + m.value.length;
  }
  return { text: out + text.slice(at), kinds: matches.map((m) => m.kind) };
}

/** Feedback texts are at most 4,000 characters (schemas/feedback.ts); longer ones are cut with an ellipsis. */
export function fitText(text: string, max: number): { text: string; cut: boolean } {
  return text.length <= max ? { text, cut: false } : { text: `${text.slice(0, max - 1).trimEnd()}…`, cut: true };
}
