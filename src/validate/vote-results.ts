/**
 * Cross-file checks of a vote's results: against each other and against the vote's MDX.
 */
import type { SourcePosition, Located } from '../core/position.ts';
import { error, warning, type Problem } from '../core/problem.ts';
import type { VoteResultRow } from '../schemas/vote-results.ts';
import { finnishDate } from '../schemas/fields.ts';
import { cellOf } from '../core/position.ts';
import type { Text } from '../core/lang.ts';

/** `rivi 87`: the Excel row when it is known, else the text line. */
function rowWords(row: { line: number; row?: number }): Text {
  const n = row.row ?? row.line;
  return { fi: `rivi ${n}`, sv: `rad ${n}`, en: row.row === undefined ? `line ${n}` : `row ${n}` };
}

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
      error(
        { file, line: tableLine, column: 0 },
        'vote.no-options',
        {
          fi: 'äänestyksessä ei ole vaihtoehtoja.',
          sv: 'omröstningen har inga alternativ.',
          en: 'the vote has no options.',
        },
        {
          expected: {
            fi: 'rivi kullekin vaihtoehdolle, sarakkeina option_fi ja votes',
            sv: 'en rad per alternativ, med option_fi och votes',
            en: 'one row per option, with option_fi and votes',
          },
          fix: {
            fi: 'lisää rivi kullekin vaihtoehdolle, sarakkeina option_fi ja votes',
            sv: 'lägg till en rad per alternativ med option_fi och votes',
            en: 'add one row per option with option_fi and votes',
          },
        },
      ),
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
          cellOf(row, duplicate.column),
          'vote.duplicate-option',
          {
            fi: `${duplicate.column} "${duplicate.text}" on kahdesti (myös ${rowWords(seen.get(duplicate.key)!).fi}).`,
            sv: `${duplicate.column} "${duplicate.text}" förekommer två gånger (även ${rowWords(seen.get(duplicate.key)!).sv}).`,
            en: `${duplicate.column} "${duplicate.text}" appears twice (also on ${rowWords(seen.get(duplicate.key)!).en}).`,
          },
          {
            expected: { fi: 'kukin vaihtoehto kerran', sv: 'varje alternativ en gång', en: 'each option once' },
            fix: {
              fi: 'laske äänet yhteen yhdelle riville tai poista toinen riveistä',
              sv: 'lägg ihop rösterna på en rad, eller ta bort en av raderna',
              en: 'add the votes together into one row, or delete one of the rows',
            },
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
        {
          fi: `electorate "${vote.electorate}" on pienempi kuin tiedoston ${resultsFile} ${total} ääntä: äänestysprosentti olisi yli 100 %.`,
          sv: `electorate "${vote.electorate}" är färre än de ${total} rösterna i ${resultsFile}: valdeltagandet skulle bli över 100 %.`,
          en: `electorate "${vote.electorate}" is fewer than the ${total} votes in ${resultsFile}: the turnout would be over 100 %.`,
        },
        {
          expected: {
            fi: `vähintään ${total}: kaikki äänioikeutetut, myös ne, jotka eivät äänestäneet`,
            sv: `minst ${total}: alla som kunde rösta, även de som inte gjorde det`,
            en: `at least ${total}: everyone who could vote, including those who did not`,
          },
          fix: {
            fi: `korjaa electorate tai tiedoston ${resultsFile} äänimäärät`,
            sv: `rätta electorate, eller rösterna i ${resultsFile}`,
            en: `correct electorate, or the votes in ${resultsFile}`,
          },
        },
      ),
    );
  }
  const counted = rows.find((row) => row.value.votes > 0);
  if (asOf < vote.opens && counted) {
    problems.push(
      warning(
        cellOf(counted, 'votes'),
        'vote.results-before-opening',
        {
          fi: `votes "${counted.value.votes}" on annettu äänestykselle, joka alkaa ${finnishDate(vote.opens)}, eli vasta tilannepäivän ${finnishDate(asOf)} jälkeen: tulokset julkaistaisiin ennen äänestyksen alkua.`,
          sv: `votes "${counted.value.votes}" anges för en omröstning som öppnar ${finnishDate(vote.opens)}, efter lägesdatumet ${finnishDate(asOf)}: resultaten skulle publiceras innan röstningen börjat.`,
          en: `votes "${counted.value.votes}" are given for a vote that opens on ${finnishDate(vote.opens)}, after this build's date ${finnishDate(asOf)}: results published before voting started.`,
        },
        {
          expected: {
            fi: 'äänimäärä 0 kaikille vaihtoehdoille, kunnes äänestys on alkanut',
            sv: 'votes 0 för varje alternativ tills röstningen har börjat',
            en: 'votes 0 for every option until voting has started',
          },
          fix: {
            fi: `merkitse ääniksi 0, kunnes äänestys on pidetty, tai korjaa opens tiedostossa ${vote.file}`,
            sv: `sätt rösterna till 0 tills omröstningen har hållits, eller rätta opens i ${vote.file}`,
            en: `set the votes to 0 until the vote has been held, or correct opens in ${vote.file}`,
          },
        },
      ),
    );
  }
  return problems;
}
