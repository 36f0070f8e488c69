/**
 * A vote's result, `data/votes/<id>.csv` (PRODUCT.md §3.7): one row per option with its votes.
 * The vote's title, dates and electorate live in its MDX.
 */
import * as z from 'zod';
import { error, type Problem } from '../validate/problem.ts';
import type { Located } from '../validate/rows.ts';
import { localizedAliases } from './action.ts';
import { integer, localized, type Lang } from './fields.ts';

/** Finnish headers → our column names; the author guide prints this table. */
export const VOTE_RESULT_HEADER_ALIASES: Readonly<Record<string, string>> = {
  äänet: 'votes',
  ääniä: 'votes',
  äänimäärä: 'votes',
  ...localizedAliases({ vaihtoehto: 'option' }),
};

export function voteResultRowSchema(languages: readonly Lang[]) {
  return z.object({
    /** The option as voters saw it. */
    option: localized(languages, { fi: 'Vaihtoehto, josta äänestettiin.', sv: 'Alternativet som röstades om.', en: 'The option voted on.' }, { required: true, max: 300 }),
    votes: integer({ fi: 'Vaihtoehdon saamat äänet.', sv: 'Rösterna alternativet fick.', en: 'The votes the option received.' }, { required: true, min: 0 }) as z.ZodType<number, unknown>,
  });
}

export type VoteResultRow = z.output<ReturnType<typeof voteResultRowSchema>>;

/**
 * A result needs options to show a winner, and each option once: two rows for one option
 * would split its votes and could hide the real winner.
 * `tableLine` is where to point when there are no rows: 1 for a file with only its header,
 * 0 (the default) for a file that is missing or empty. Skip it when the rows had errors:
 * rows that failed are left out, and "no options" would then be a second, wrong message.
 */
export function checkVoteResults(rows: readonly Located<VoteResultRow>[], file: string, tableLine = 0): Problem[] {
  if (rows.length === 0) {
    return [
      error({ file, line: tableLine, column: 0 }, 'vote.no-options', 'the vote has no options.', {
        expected: 'one row per option, with option_fi and votes',
        fix: 'add one row per option with option_fi and votes',
      }),
    ];
  }
  const problems: Problem[] = [];
  const seen = new Map<string, Located<VoteResultRow>>();
  for (const row of rows) {
    const duplicate = Object.entries(row.value.option)
      .map(([lang, text]) => ({ column: `option_${lang}`, text: text ?? '', key: `${lang} ${(text ?? '').toLowerCase()}` }))
      .find(({ key }) => seen.has(key));
    if (duplicate) {
      problems.push(
        error({ file: row.file, line: row.line, column: row.columns[duplicate.column] ?? 0 }, 'vote.duplicate-option', `${duplicate.column} "${duplicate.text}" appears twice (also on line ${seen.get(duplicate.key)!.line}).`, {
          expected: 'each option once',
          fix: 'add the votes together into one row, or delete one of the rows',
        }),
      );
      continue;
    }
    for (const [lang, text] of Object.entries(row.value.option)) seen.set(`${lang} ${(text ?? '').toLowerCase()}`, row);
  }
  return problems;
}
