/**
 * The per-entry data sets of the registry (src/schemas/kinds.ts `perEntry`: a survey's results in
 * `data/surveys/<survey id>.csv`, a vote's in `data/votes/<vote id>.csv`) checked against their
 * entries, one loop for every set: a file whose entry does not exist would never be published,
 * and an entry without its required file has nothing to show. What a set checks beyond that
 * (a survey's questions, a vote's electorate) is its entry in `ENTRY_DATA_CHECKS`.
 */
import { same, type Text } from '../core/lang.ts';
import type { Located } from '../core/position.ts';
import { error, type Problem, type ProblemAt } from '../core/problem.ts';
import { columnsOf } from '../schemas/columns.ts';
import { didYouMean, type Lang } from '../schemas/fields.ts';
import {
  CONTENT_KINDS,
  DATA_FILES,
  PER_ENTRY_NAMES,
  type ContentData,
  type DataRow,
  type PerEntryKind,
  type PerEntryName,
  type PerEntrySpec,
} from '../schemas/kinds.ts';
import type { Entry } from '../schemas/project.ts';
import type { CsvFileResult, DataFiles } from './data-files.ts';
import { checkSurveyResults } from './survey-results.ts';
import { checkVoteAgainstResults, checkVoteResults } from './vote-results.ts';

/** What a set's own check is given about one entry. */
export interface EntryDataContext<D extends PerEntryName> {
  entry: Entry<ContentData<PerEntryKind<D>>>;
  /** The entry's default-language file, where a message about the entry points. */
  file: string;
  /** Where its data file would be: `data/votes/<id>.csv`. */
  csv: string;
  /** The entry's file, if there is one and it was readable. */
  results: CsvFileResult<DataRow<D>> | undefined;
  lang: Lang;
  asOf: string;
}

type EntryDataCheck<D extends PerEntryName> = (context: EntryDataContext<D>) => Problem[];

/**
 * A set's checks of its entries beyond "every file has its entry": optional, a set without one
 * is checked only by the generic rules. Called for every entry, with `results` undefined when the
 * file is missing (a check may then give its own message instead of the generic one) or unreadable.
 */
export const ENTRY_DATA_CHECKS: { [D in PerEntryName]?: { missing?: EntryDataCheck<D>; rows: EntryDataCheck<D> } } = {
  'survey-results': {
    missing: ({ entry, file, csv }) => [
      error(
        at(file),
        'survey.no-results',
        {
          fi: `kyselyllä "${entry.slug}" ei ole tulostiedostoa.`,
          sv: `enkäten "${entry.slug}" har ingen resultatfil.`,
          en: `the survey "${entry.slug}" has no results file.`,
        },
        {
          expected: same(csv),
          fix: {
            fi: `lisää ${csv}, jossa ovat sarakkeet round, question, n1…n5`,
            sv: `lägg till ${csv} med kolumnerna round, question, n1…n5`,
            en: `add ${csv} with columns round, question, n1…n5`,
          },
        },
      ),
    ],
    rows: ({ entry, file, results }) =>
      results ? checkSurveyResults(results.rows, Object.keys(entry.data.questions), file) : [],
  },
  'vote-results': {
    missing: ({ file, csv, lang }) =>
      checkVoteResults([], csv).map((p) => ({
        ...p,
        file,
        fix: {
          fi: `lisää ${csv}, jossa on rivi kullekin vaihtoehdolle (option_${lang}, votes)`,
          sv: `lägg till ${csv} med en rad per alternativ (option_${lang}, votes)`,
          en: `add ${csv} with one row per option (option_${lang}, votes)`,
        },
      })),
    rows: ({ entry, file, results, asOf }) =>
      results
        ? [
            ...checkVoteResults(results.rows, results.file, 1),
            ...checkVoteAgainstResults(
              {
                opens: entry.data.opens,
                electorate: entry.data.electorate,
                file,
                electorateAt: entry.positions['electorate'],
              },
              results.rows,
              results.file,
              asOf,
            ),
          ]
        : [],
  },
};

function at(file: string): ProblemAt {
  return { file, line: 0, column: 0 };
}

/** The entries of the kinds that have per-entry data. */
type EntriesOf = { readonly [K in PerEntryKind]: readonly Entry<ContentData<K>>[] };

/**
 * Every slug with a default-language file, valid or not (`Content.existing`): the results of a
 * vote whose own file has a mistake are not also "the results of no vote".
 */
type ExistingOf = Readonly<Record<PerEntryKind, ReadonlySet<string>>>;

/** Checks every per-entry data set of the registry against its entries. */
export function checkEntryData(
  data: DataFiles,
  content: EntriesOf & { existing: ExistingOf },
  lang: Lang,
  asOf: string,
  problems: Problem[],
): void {
  for (const name of PER_ENTRY_NAMES) checkSet(name, data[name], content, content.existing, lang, asOf, problems);
}

function checkSet<D extends PerEntryName>(
  name: D,
  files: ReadonlyMap<string, CsvFileResult<DataRow<D>>>,
  content: EntriesOf,
  existing: ExistingOf,
  lang: Lang,
  asOf: string,
  problems: Problem[],
): void {
  const spec: PerEntrySpec = DATA_FILES[name].perEntry;
  const kind = spec.kind as PerEntryKind<D>;
  const entries: readonly Entry<ContentData<PerEntryKind<D>>>[] = content[kind];
  const checks = ENTRY_DATA_CHECKS[name] as { missing?: EntryDataCheck<D>; rows: EntryDataCheck<D> } | undefined;
  const folder = `data/${kind}`;
  for (const entry of entries) {
    const results = files.get(entry.slug);
    const context: EntryDataContext<D> = {
      entry,
      file: entry.translations[lang]?.file ?? `content/${kind}/${lang}/${entry.slug}.mdx`,
      csv: `${folder}/${entry.slug}.csv`,
      results: results?.readable ? results : undefined,
      lang,
      asOf,
    };
    if (!results) {
      if (spec.required) problems.push(...(checks?.missing ?? missingFile(name))(context));
    } else if (results.readable && checks) problems.push(...checks.rows(context));
  }
  const ids = new Set(entries.map((e) => e.slug));
  for (const [id, results] of files) {
    if (!ids.has(id) && !existing[kind].has(id))
      problems.push(orphanResults(results.file, id, kind, spec.nouns, ids, files, lang));
  }
}

/** An entry without its file, for a set that has no message of its own for it. */
export function missingFile<D extends PerEntryName>(name: D): EntryDataCheck<D> {
  return ({ file, csv, lang }) => {
    const list = columnsOf(DATA_FILES[name].rowSchema([lang]).shape, [lang])
      .map((c) => c.name)
      .join(', ');
    return [
      error(
        at(file),
        `${CONTENT_KINDS[DATA_FILES[name].perEntry.kind].singular}.no-data`,
        {
          fi: `tiedostoa ${csv} ei ole, joten sivulla ei ole mitä näyttää.`,
          sv: `${csv} finns inte, så sidan har ingenting att visa.`,
          en: `there is no ${csv}, so the page has nothing to show.`,
        },
        {
          expected: same(csv),
          fix: {
            fi: `lisää ${csv}, jossa ovat sarakkeet ${list}`,
            sv: `lägg till ${csv} med kolumnerna ${list}`,
            en: `add ${csv} with columns ${list}`,
          },
        },
      ),
    ];
  };
}

/**
 * Results whose entry page does not exist would never be published. The "did you mean" offers
 * only entries that have no file yet: renaming onto an existing file loses data.
 */
function orphanResults(
  file: string,
  id: string,
  kind: PerEntryKind,
  words: PerEntrySpec['nouns'],
  known: ReadonlySet<string>,
  withResults: ReadonlyMap<string, unknown>,
  lang: Lang,
): Problem {
  const guess = didYouMean(id, [...known].filter((k) => !withResults.has(k)).sort());
  const page = `content/${kind}/${lang}/${id}.mdx`;
  const noun = CONTENT_KINDS[kind].singular;
  const fix: Text = guess
    ? {
        fi: `tarkoititko ${guess}? Nimeä tiedosto uudelleen: data/${kind}/${guess}.csv`,
        sv: `menade du ${guess}? Byt namn på filen till data/${kind}/${guess}.csv`,
        en: `did you mean ${guess}? Rename the file to data/${kind}/${guess}.csv`,
      }
    : {
        fi: `lisää ${page} tai nimeä CSV-tiedosto olemassa olevan ${words.genitive.fi} mukaan`,
        sv: `lägg till ${page}, eller byt namn på CSV-filen efter en befintlig ${words.one.sv}`,
        en: `add ${page}, or rename the CSV to match an existing ${noun}`,
      };
  return error(
    at(file),
    `${noun}.no-page`,
    {
      fi: `nämä tulokset eivät kuulu mihinkään ${words.illative.fi}: tiedostoa ${page} ei ole.`,
      sv: `de här resultaten hör inte till någon ${words.one.sv}: ${page} finns inte.`,
      en: `these results belong to no ${noun}: there is no ${page}.`,
    },
    {
      expected: {
        fi: `${words.genitive.fi} sivu, jolla on sama nimi kuin CSV-tiedostolla`,
        sv: `en sida för ${words.one.sv} med samma namn som CSV-filen`,
        en: `a ${noun} page named like the CSV file`,
      },
      fix,
    },
  );
}

/** Every row of every per-entry set, for the Project: `{ surveyResults: { [id]: rows } … }`. */
export function entryDataSets(data: DataFiles): Record<string, Record<string, unknown[]>> {
  return Object.fromEntries(
    PER_ENTRY_NAMES.map((name) => [
      DATA_FILES[name].perEntry.project,
      Object.fromEntries([...data[name]].map(([id, f]) => [id, (f.rows as Located<unknown>[]).map((r) => r.value)])),
    ]),
  );
}
