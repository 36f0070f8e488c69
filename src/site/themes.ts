import type { Entry } from '../project.ts';
import type { Theme } from '../schemas/theme.ts';

/** Authors order themes with `order`; the rest follow alphabetically by slug. */
export function sortThemes(themes: readonly Entry<Theme>[]): Entry<Theme>[] {
  return [...themes].sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

const spans = new WeakMap<readonly { date: string }[], Map<string, { from: string; to: string }>>();

/** The quarters a theme's chart covers: from the first feedback of any theme to "now", so every theme's chart shares one axis. */
export function feedbackSpan(feedback: readonly { date: string }[], asOf: string): { from: string; to: string } {
  // Every theme page asks with the project's whole feedback: scan it once per build, not once per page.
  const known = spans.get(feedback)?.get(asOf);
  if (known) return { ...known };
  let from = asOf;
  for (const f of feedback) if (f.date < from) from = f.date;
  if (!spans.has(feedback)) spans.set(feedback, new Map());
  spans.get(feedback)!.set(asOf, { from, to: asOf });
  return { from, to: asOf };
}
