import type { Entry } from '../schemas/project.ts';
import type { Theme } from '../schemas/theme.ts';

/** Authors order themes with `order`; the rest follow alphabetically by slug. */
export function sortThemes(themes: readonly Entry<Theme>[]): Entry<Theme>[] {
  return [...themes].sort(
    (a, b) =>
      (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}
