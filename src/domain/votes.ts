/**
 * A vote's result: options by votes, the winner(s), shares and turnout ("you voted, we served").
 */
import { largestRemainderShares } from './shares.ts';

export type VoteLang = 'fi' | 'sv' | 'en';

/** One row of a vote's CSV. */
export interface VoteRowLike {
  option: Partial<Record<VoteLang, string>>;
  votes: number;
}

export interface VoteOptionResult<T extends VoteRowLike> {
  option: T['option'];
  votes: number;
  /** Whole percentage of all votes; the shares add up to exactly 100 (all 0 without votes). */
  share: number;
  /** The row as given. */
  row: T;
}

export interface VoteResult<T extends VoteRowLike> {
  /** Most votes first; equal votes in the alphabetical order of the default-language text. */
  options: VoteOptionResult<T>[];
  total: number;
  /** Every option with the most votes (several on a tie); none when nobody voted. */
  winners: VoteOptionResult<T>[];
  /** Votes cast / electorate as a fraction (0.42 = 42 %); undefined without an electorate. */
  turnout: number | undefined;
}

/** The option's text in the default language, or its first text when that is missing. */
export function optionText(option: Partial<Record<VoteLang, string>>, lang: VoteLang): string {
  return option[lang] ?? option.fi ?? option.sv ?? option.en ?? '';
}

export function voteResult<T extends VoteRowLike>(
  rows: readonly T[],
  electorate?: number,
  defaultLang: VoteLang = 'fi',
): VoteResult<T> {
  const collator = new Intl.Collator(defaultLang);
  const sorted = [...rows].sort(
    (a, b) =>
      b.votes - a.votes || collator.compare(optionText(a.option, defaultLang), optionText(b.option, defaultLang)),
  );
  const shares = largestRemainderShares(sorted.map((r) => r.votes));
  const options = sorted.map((row, i) => ({ option: row.option, votes: row.votes, share: shares[i] ?? 0, row }));
  const total = sorted.reduce((sum, r) => sum + r.votes, 0);
  const most = sorted[0]?.votes ?? 0;
  const winners = total === 0 ? [] : options.filter((o) => o.votes === most);
  const turnout = electorate !== undefined && electorate > 0 ? total / electorate : undefined;
  return { options, total, winners, turnout };
}

export type VotePhase = 'upcoming' | 'open' | 'closed';

/**
 * Whether voting has started, is going on or is over on the build's "today" (`asOf`, ISO date).
 * Both days count as open: a vote that closes today can still be voted in.
 */
export function votePhase(opens: string, closes: string, asOf: string): VotePhase {
  if (asOf < opens) return 'upcoming';
  return asOf <= closes ? 'open' : 'closed';
}
