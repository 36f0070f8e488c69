/**
 * Checks that need two files at once: a slug that must name something that exists, and ids
 * that must be unique across every file of a kind. Each message says where the other half is.
 */
import { didYouMean } from '../schemas/fields.ts';
import { error, type Problem, type ProblemAt } from '../core/problem.ts';

export interface Reference {
  /** The value written, e.g. a theme slug. */
  value: string;
  at: ProblemAt;
  /** The column or key as the author sees it, e.g. `theme`, `themes`, `body`. */
  key: string;
}

export interface Target {
  /** "a theme" */
  noun: string;
  /** Where such things are defined, for the fix: `content/themes/fi/<slug>.mdx`. */
  definedIn: (slug: string) => string;
  known: ReadonlySet<string>;
}

export function checkReference(ref: Reference, target: Target): Problem | undefined {
  if (target.known.has(ref.value)) return undefined;
  const sorted = [...target.known].sort();
  const guess = didYouMean(ref.value, sorted);
  const examples = sorted.slice(0, 8).join(', ') + (sorted.length > 8 ? ', …' : '');
  return error(
    ref.at,
    `ref.${target.noun.replace(/^an? /, '').replace(/\s+/g, '-')}`,
    `${ref.key} "${ref.value}" is not ${target.noun} that exists.`,
    {
      expected: sorted.length > 0 ? `${target.noun}: ${examples}` : `${target.noun}, but there are none yet`,
      fix: guess ? `did you mean "${guess}"?` : `correct the ${ref.key}, or add ${target.definedIn(ref.value)}`,
    },
  );
}

export interface IdOccurrence {
  id: string;
  at: ProblemAt;
}

/** More repeats than this between two files read as "the same export committed twice". */
const SAME_EXPORT_THRESHOLD = 3;

interface Repeat {
  id: string;
  at: ProblemAt;
  earlier: ProblemAt;
}

/**
 * Reports the second and later use of each id, pointing back at the first. Files are read in
 * sorted order, so "first" is stable. When many rows of one file repeat ids of another (an
 * export committed twice), that is one problem with a count, not a thousand.
 */
export function checkUniqueIds(occurrences: readonly IdOccurrence[], noun: string): Problem[] {
  const first = new Map<string, ProblemAt>();
  const repeats: Repeat[] = [];
  for (const { id, at } of occurrences) {
    const earlier = first.get(id);
    if (earlier) repeats.push({ id, at, earlier });
    else first.set(id, at);
  }
  const byFilePair = new Map<string, Repeat[]>();
  for (const r of repeats) {
    if (r.at.file === r.earlier.file) continue;
    const key = `${r.at.file}\n${r.earlier.file}`;
    byFilePair.set(key, [...(byFilePair.get(key) ?? []), r]);
  }
  const problems: Problem[] = [];
  const grouped = new Set<Repeat>();
  for (const group of byFilePair.values()) {
    if (group.length <= SAME_EXPORT_THRESHOLD) continue;
    for (const r of group) grouped.add(r);
    const [r] = group as [Repeat, ...Repeat[]];
    problems.push(
      error(
        r.at,
        'id.duplicate-across-files',
        `${group.length} rows of this file use ids that ${r.earlier.file} already uses, from "${r.id}" (line ${r.at.line} here, line ${r.earlier.line} there) on.`,
        {
          expected: `every ${noun} to have its own id, in one file only`,
          fix: 'if the two files hold the same export, delete one of them; otherwise give these rows new ids',
        },
      ),
    );
  }
  for (const r of repeats) {
    if (grouped.has(r)) continue;
    const sameFile = r.earlier.file === r.at.file;
    const where = sameFile ? `line ${r.earlier.line} of this file` : `${r.earlier.file} line ${r.earlier.line}`;
    problems.push(
      error(
        r.at,
        sameFile ? 'id.duplicate' : 'id.duplicate-across-files',
        `id "${r.id}" is already used by another ${noun} (${where}).`,
        {
          expected: `every ${noun} to have its own id`,
          fix: sameFile
            ? 'give this row a new id, or delete it if it is the same row twice'
            : 'give one of them a new id; if both files hold the same export, delete the older file',
        },
      ),
    );
  }
  return problems;
}
