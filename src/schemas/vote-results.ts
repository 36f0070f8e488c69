/**
 * A vote's result, `data/votes/<id>.csv` (PRODUCT.md §3.7): one row per option with its votes.
 * The vote's title, dates and electorate live in its MDX.
 */
import * as z from 'zod';
import { allAliases, type HeaderAliases } from './columns.ts';
import { localizedAliases } from './action.ts';
import { integer, localized, type Lang } from './fields.ts';

/** Finnish and Swedish headers → our column names; the author guide prints these tables. */
export const VOTE_RESULT_HEADERS: HeaderAliases = {
  fi: {
    äänet: 'votes',
    ääniä: 'votes',
    äänimäärä: 'votes',
    ...localizedAliases({ vaihtoehto: 'option' }),
  },
  sv: {
    röster: 'votes',
    'antal röster': 'votes',
    ...localizedAliases({ alternativ: 'option' }),
  },
};

export const VOTE_RESULT_HEADER_ALIASES = allAliases(VOTE_RESULT_HEADERS);

export function voteResultRowSchema(languages: readonly Lang[]) {
  return z.object({
    /** The option as voters saw it. */
    option: localized(
      languages,
      { fi: 'Vaihtoehto, josta äänestettiin.', sv: 'Alternativet som röstades om.', en: 'The option voted on.' },
      { required: true, max: 300 },
    ),
    votes: integer(
      { fi: 'Vaihtoehdon saamat äänet.', sv: 'Rösterna alternativet fick.', en: 'The votes the option received.' },
      { required: true, min: 0 },
    ) as z.ZodType<number, unknown>,
  });
}

export type VoteResultRow = z.output<ReturnType<typeof voteResultRowSchema>>;
