/**
 * Checks that need two files at once: a slug that must name something that exists, and ids
 * that must be unique across every file of a kind. Each message says where the other half is.
 */
import { didYouMean } from '../schemas/fields.ts';
import { error, type Problem, type ProblemAt } from './problem.ts';

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
  return error(ref.at, `ref.${target.noun.replace(/^an? /, '').replace(/\s+/g, '-')}`, `${ref.key} "${ref.value}" is not ${target.noun} that exists.`, {
    expected: sorted.length > 0 ? `${target.noun}: ${examples}` : `${target.noun}, but there are none yet`,
    fix: guess ? `did you mean "${guess}"?` : `correct the ${ref.key}, or add ${target.definedIn(ref.value)}`,
  });
}

export interface IdOccurrence {
  id: string;
  at: ProblemAt;
}

/**
 * Reports the second and later use of each id, pointing back at the first. Files are read in
 * sorted order, so "first" is stable and the message says whether the twin is in another file.
 */
export function checkUniqueIds(occurrences: readonly IdOccurrence[], noun: string): Problem[] {
  const first = new Map<string, ProblemAt>();
  const problems: Problem[] = [];
  for (const { id, at } of occurrences) {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, at);
      continue;
    }
    const where = earlier.file === at.file ? `line ${earlier.line} of this file` : `${earlier.file} line ${earlier.line}`;
    problems.push(
      error(at, earlier.file === at.file ? 'id.duplicate' : 'id.duplicate-across-files', `id "${id}" is already used by another ${noun} (${where}).`, {
        expected: `every ${noun} to have its own id`,
        fix: earlier.file === at.file ? 'give this row a new id, or delete it if it is the same row twice' : 'give one of them a new id; if both files hold the same export, delete the older file',
      }),
    );
  }
  return problems;
}
