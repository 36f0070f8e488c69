/**
 * Everything in `data/`: reads each CSV with the one reader, runs its row schema, and gives back
 * located, typed rows. Checks that need other files (themes, meetings, surveys) happen in
 * project.ts once everything is read, so one run reports every problem in every file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { readCsv, type CsvRow } from '../csv/read.ts';
import { ACTION_HEADER_ALIASES, actionRowSchema } from '../schemas/action.ts';
import { ACTION_UPDATE_HEADER_ALIASES, actionUpdateRowSchema } from '../schemas/action-update.ts';
import { FEEDBACK_HEADER_ALIASES, FeedbackRowSchema } from '../schemas/feedback.ts';
import type { Lang } from '../schemas/fields.ts';
import { SURVEY_RESULT_HEADER_ALIASES, SurveyResultRowSchema } from '../schemas/survey-results.ts';
import { VOTE_RESULT_HEADER_ALIASES, voteResultRowSchema } from '../schemas/vote-results.ts';
import { error, unreadableFile, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import { validateRows, type FileNoun } from './rows.ts';
import { SAVE_AS_CSV_UTF8 } from '../csv/excel.ts';
import { same, type Text } from '../core/lang.ts';

export interface CsvFileResult<T> {
  file: string;
  rows: Located<T>[];
  /** Rows with problems of their own, as written: their ids still exist for other files. */
  rejected: CsvRow[];
  /** False when the file could not be read at all (encoding, quotes, missing columns). */
  readable: boolean;
  /** Canonical column name → column number, for pointing at cells of rejected rows. */
  columns: Readonly<Record<string, number>>;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function readCsvFile<S extends z.ZodObject>(
  root: string,
  file: string,
  schema: S,
  options: { aliases: Readonly<Record<string, string>>; languages: readonly Lang[]; what: FileNoun },
  problems: Problem[],
): CsvFileResult<z.output<S>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (e) {
    problems.push(unreadableFile(file, e));
    return { file, rows: [], rejected: [], readable: false, columns: {} };
  }
  const read = readCsv(file, bytes, { aliases: options.aliases });
  problems.push(...read.problems);
  if (!read.table) return { file, rows: [], rejected: [], readable: false, columns: {} };
  const validated = validateRows(read.table, schema, { languages: options.languages, what: options.what });
  problems.push(...validated.problems);
  const readable = !validated.problems.some((p) => p.code === 'column.missing');
  const kept = new Set(validated.rows.map((r) => r.line));
  const rejected = readable ? read.table.rows.filter((r) => !kept.has(r.line)) : [];
  return { file, rows: validated.rows, rejected, readable, columns: read.table.columnNumber };
}

const DATA_LAYOUT =
  'data/feedback/<export>.csv, data/actions.csv, data/action-updates.csv, data/surveys/<survey id>.csv, data/votes/<vote id>.csv';

/** Where a stray file in data/ most likely belongs. */
function wrongPlaceFix(path: string): Text {
  const name = path.split('/').pop() ?? path;
  if (/\.(xlsx?|ods|numbers)$/i.test(name))
    return {
      fi: `tallenna taulukko CSV-tiedostoksi (Excelissä ${SAVE_AS_CSV_UTF8.fi}) ja lisää .csv-tiedosto`,
      sv: `spara bladet som CSV (i Excel ${SAVE_AS_CSV_UTF8.sv}) och lägg till .csv-filen`,
      en: `save the sheet as CSV (in Excel: ${SAVE_AS_CSV_UTF8.en}) and commit the .csv file`,
    };
  if (/^feedback|^palaute/i.test(name))
    return {
      fi: `siirrä se kansioon data/feedback/${name}`,
      sv: `flytta den till data/feedback/${name}`,
      en: `move it to data/feedback/${name}`,
    };
  if (/^actions?\b|^toimenpiteet/i.test(name) && !/update/i.test(name))
    return {
      fi: 'nimeä se data/actions.csv (toimenpiteillä on yksi tiedosto)',
      sv: 'döp den till data/actions.csv (det finns en fil för åtgärder)',
      en: 'name it data/actions.csv (there is one actions file)',
    };
  if (/update|päivitys/i.test(name))
    return {
      fi: 'nimeä se data/action-updates.csv',
      sv: 'döp den till data/action-updates.csv',
      en: 'name it data/action-updates.csv',
    };
  return {
    fi: `kuultu lukee vain tiedostot ${DATA_LAYOUT}: siirrä tai poista se`,
    sv: `kuultu läser bara ${DATA_LAYOUT}: flytta eller ta bort den`,
    en: `kuultu reads only ${DATA_LAYOUT}: move or delete it`,
  };
}

export interface DataFiles {
  feedback: CsvFileResult<z.output<typeof FeedbackRowSchema>>[];
  actions?: CsvFileResult<z.output<ReturnType<typeof actionRowSchema>>>;
  actionUpdates?: CsvFileResult<z.output<ReturnType<typeof actionUpdateRowSchema>>>;
  /** By survey id (the file name). */
  surveyResults: Map<string, CsvFileResult<z.output<typeof SurveyResultRowSchema>>>;
  /** By vote id (the file name). */
  voteResults: Map<string, CsvFileResult<z.output<ReturnType<typeof voteResultRowSchema>>>>;
}

export function readDataFiles(root: string, languages: readonly Lang[], problems: Problem[]): DataFiles {
  const data: DataFiles = { feedback: [], surveyResults: new Map(), voteResults: new Map() };
  const stray = (path: string): void => {
    problems.push(
      error(
        { file: path, line: 0, column: 0 },
        'file.wrong-place',
        {
          fi: 'tiedosto on paikassa, josta kuultu ei lue, joten sitä ei julkaistaisi.',
          sv: 'filen ligger på ett ställe som kuultu inte läser, så den skulle inte publiceras.',
          en: 'this file is in a place kuultu does not read, so it would not be published.',
        },
        { expected: same(DATA_LAYOUT), fix: wrongPlaceFix(path) },
      ),
    );
  };
  /** Every CSV of a data folder, by path and id (its name without .csv); anything else is stray. */
  const eachCsvIn = (dir: string, read: (file: string, id: string) => void): void => {
    for (const file of list(join(root, dir))) {
      if (file.startsWith('.')) continue;
      if (file.toLowerCase().endsWith('.csv')) read(`${dir}/${file}`, file.replace(/\.csv$/i, ''));
      else stray(`${dir}/${file}`);
    }
  };
  for (const name of list(join(root, 'data'))) {
    const path = `data/${name}`;
    if (name.startsWith('.')) continue;
    if (name === 'actions.csv') {
      data.actions = readCsvFile(
        root,
        path,
        actionRowSchema(languages),
        {
          aliases: ACTION_HEADER_ALIASES,
          languages,
          what: { fi: 'tiedoston actions.csv', sv: 'actions.csv', en: 'actions.csv' },
        },
        problems,
      );
    } else if (name === 'action-updates.csv') {
      data.actionUpdates = readCsvFile(
        root,
        path,
        actionUpdateRowSchema(languages),
        {
          aliases: ACTION_UPDATE_HEADER_ALIASES,
          languages,
          what: { fi: 'tiedoston action-updates.csv', sv: 'action-updates.csv', en: 'action-updates.csv' },
        },
        problems,
      );
    } else if (name === 'feedback' && isDirectory(join(root, path))) {
      eachCsvIn(path, (file) =>
        data.feedback.push(
          readCsvFile(
            root,
            file,
            FeedbackRowSchema,
            {
              aliases: FEEDBACK_HEADER_ALIASES,
              languages,
              what: { fi: 'palautetiedoston', sv: 'en responsfil', en: 'a feedback file' },
            },
            problems,
          ),
        ),
      );
    } else if (name === 'surveys' && isDirectory(join(root, path))) {
      eachCsvIn(path, (file, id) =>
        data.surveyResults.set(
          id,
          readCsvFile(
            root,
            file,
            SurveyResultRowSchema,
            {
              aliases: SURVEY_RESULT_HEADER_ALIASES,
              languages,
              what: { fi: 'kyselyn tulostiedoston', sv: 'en fil med enkätresultat', en: 'a survey results file' },
            },
            problems,
          ),
        ),
      );
    } else if (name === 'mappings' && isDirectory(join(root, path))) {
      // What `npm run import` reads to map an export's values (src/import/mapping.ts): not published.
      for (const file of list(join(root, path)))
        if (!file.startsWith('.') && !/\.ya?ml$/i.test(file)) stray(`${path}/${file}`);
    } else if (name === 'votes' && isDirectory(join(root, path))) {
      eachCsvIn(path, (file, id) =>
        data.voteResults.set(
          id,
          readCsvFile(
            root,
            file,
            voteResultRowSchema(languages),
            {
              aliases: VOTE_RESULT_HEADER_ALIASES,
              languages,
              what: { fi: 'äänestyksen tulostiedoston', sv: 'en fil med röstningsresultat', en: 'a vote results file' },
            },
            problems,
          ),
        ),
      );
    } else {
      stray(path);
    }
  }
  return data;
}
