/**
 * Cross-file checks of a vote's results: against each other and against the vote's MDX.
 */
import type { SourcePosition, Located } from '../core/position.ts';
import { error, warning, type Problem } from '../core/problem.ts';
import type { VoteResultRow } from '../schemas/vote-results.ts';
import { finnishDate } from '../schemas/fields.ts';

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
      .map(([lang, text]) => ({
        column: `option_${lang}`,
        text: text ?? '',
        key: `${lang} ${(text ?? '').toLowerCase()}`,
      }))
      .find(({ key }) => seen.has(key));
    if (duplicate) {
      problems.push(
        error(
          { file: row.file, line: row.line, column: row.columns[duplicate.column] ?? 0 },
          'vote.duplicate-option',
          `${duplicate.column} "${duplicate.text}" appears twice (also on line ${seen.get(duplicate.key)!.line}).`,
          {
            expected: 'each option once',
            fix: 'add the votes together into one row, or delete one of the rows',
          },
        ),
      );
      continue;
    }
    for (const [lang, text] of Object.entries(row.value.option)) seen.set(`${lang} ${(text ?? '').toLowerCase()}`, row);
  }
  return problems;
}

/** What `checkVoteAgainstResults` needs of the vote's MDX. */
export interface VoteFacts {
  opens: string;
  electorate?: number;
  /** The default-language MDX file, and where its `electorate` key is written. */
  file: string;
  electorateAt?: SourcePosition;
}

/**
 * The result must fit the vote: more votes than people who could vote is a turnout over 100 %,
 * and votes counted before the vote opened (on the build's `asOf`) were published too early,
 * or the opening day is wrong.
 */
export function checkVoteAgainstResults(
  vote: VoteFacts,
  rows: readonly Located<VoteResultRow>[],
  resultsFile: string,
  asOf: string,
): Problem[] {
  const problems: Problem[] = [];
  const total = rows.reduce((n, row) => n + row.value.votes, 0);
  if (vote.electorate !== undefined && total > vote.electorate) {
    problems.push(
      error(
        vote.electorateAt ?? { file: vote.file, line: 0, column: 0 },
        'vote.over-electorate',
        `electorate "${vote.electorate}" is fewer than the ${total} votes in ${resultsFile}: the turnout would be over 100 %.`,
        {
          expected: `at least ${total}: everyone who could vote, including those who did not`,
          fix: `correct electorate, or the votes in ${resultsFile}`,
        },
      ),
    );
  }
  const counted = rows.find((row) => row.value.votes > 0);
  if (asOf < vote.opens && counted) {
    problems.push(
      warning(
        { file: counted.file, line: counted.line, column: counted.columns['votes'] ?? 0 },
        'vote.results-before-opening',
        `votes "${counted.value.votes}" are given for a vote that opens on ${finnishDate(vote.opens)}, after this build's date ${finnishDate(asOf)}: results published before voting started.`,
        {
          expected: 'votes 0 for every option until voting has started',
          fix: `set the votes to 0 until the vote has been held, or correct opens in ${vote.file}`,
        },
      ),
    );
  }
  return problems;
}
