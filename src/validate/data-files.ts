/**
 * Everything in `data/`: reads each CSV with the one reader, runs its row schema, and gives back
 * located, typed rows. Checks that need other files (themes, meetings, surveys) happen in
 * project.ts once everything is read, so one run reports every problem in every file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { readCsv, type CsvRow } from '../csv/read.ts';
import { allAliases, headerLanguage } from '../schemas/columns.ts';
import type { Lang } from '../schemas/fields.ts';
import {
  DATA_FILE_NAMES,
  DATA_FILES,
  dataPlace,
  type DataFileName,
  type DataRow,
  type PerEntryName,
} from '../schemas/kinds.ts';
import { error, unreadableFile, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import { validateRows, type FileNoun } from './rows.ts';
import { SAVE_AS_CSV_UTF8 } from '../csv/excel.ts';
import type { CsvCache } from './csv-cache.ts';
import { same, type Text } from '../core/lang.ts';

/**
 * The language a site heads its CSV columns in, as its data/actions.csv does (English without
 * one): the files kuultu starts for the team (`npm run new`, `npm run import`) are headed the same.
 */
export function siteHeaderLanguage(root: string): Lang {
  const file = DATA_FILES.actions.file;
  const path = join(root, file);
  const table = existsSync(path) ? readCsv(file, readFileSync(path)).table : undefined;
  return table ? headerLanguage(table.columns, DATA_FILES.actions.headers) : 'en';
}

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

type CsvFileOptions = { aliases: Readonly<Record<string, string>>; languages: readonly Lang[]; what: FileNoun };

export function readCsvFile<S extends z.ZodObject>(
  root: string,
  file: string,
  schema: S,
  options: CsvFileOptions,
  problems: Problem[],
  /** Where a file read before is kept, with the name of its data set (src/validate/csv-cache.ts). */
  cache?: { csv: CsvCache; set: DataFileName },
): CsvFileResult<z.output<S>> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (e) {
    problems.push(unreadableFile(file, e));
    return { file, rows: [], rejected: [], readable: false, columns: {} };
  }
  const read = () => {
    const own: Problem[] = [];
    return { result: readCsvBytes(file, bytes, schema, options, own), problems: own };
  };
  const { result, problems: own } = cache
    ? cache.csv.through([cache.set, file, options.languages.join(',')], bytes, read)
    : read();
  problems.push(...own);
  return result;
}

function readCsvBytes<S extends z.ZodObject>(
  file: string,
  bytes: Uint8Array,
  schema: S,
  options: CsvFileOptions,
  problems: Problem[],
): CsvFileResult<z.output<S>> {
  const read = readCsv(file, bytes, { aliases: options.aliases });
  problems.push(...read.problems);
  if (!read.table) return { file, rows: [], rejected: [], readable: false, columns: {} };
  const validated = validateRows(read.table, schema, {
    languages: options.languages,
    what: options.what,
    aliases: options.aliases,
  });
  problems.push(...validated.problems);
  const readable = !validated.problems.some((p) => p.code === 'column.missing');
  const kept = new Set(validated.rows.map((r) => r.line));
  // A repeated header or a totals row is reported once as not data: its cells name no theme.
  for (const line of validated.notData) kept.add(line);
  const rejected = readable ? read.table.rows.filter((r) => !kept.has(r.line)) : [];
  return { file, rows: validated.rows, rejected, readable, columns: read.table.columnNumber };
}

/** Every place kuultu reads, from the registry (src/schemas/kinds.ts); a folder's files are "<export>.csv" to an author. */
const DATA_LAYOUT = DATA_FILE_NAMES.map((name) => DATA_FILES[name].file.replace('/*.csv', '/<export>.csv')).join(', ');

/** Where a stray file in data/ most likely belongs. */
function wrongPlaceFix(path: string): Text {
  const name = path.split('/').pop() ?? path;
  if (/\.(xlsx?|ods|numbers)$/i.test(name))
    return {
      fi: `tallenna taulukko CSV-tiedostoksi (Excelissä ${SAVE_AS_CSV_UTF8.fi}) ja lisää .csv-tiedosto`,
      sv: `spara bladet som CSV (i Excel ${SAVE_AS_CSV_UTF8.sv}) och lägg till .csv-filen`,
      en: `save the sheet as CSV (in Excel: ${SAVE_AS_CSV_UTF8.en}) and commit the .csv file`,
    };
  // palaute, palautteet, palautteita …: every form of the Finnish word starts palaut; Swedish respons.
  if (/^(feedback|palaut|respons)/i.test(name))
    return {
      fi: `siirrä se kansioon data/feedback/${name}`,
      sv: `flytta den till data/feedback/${name}`,
      en: `move it to data/feedback/${name}`,
    };
  if (/^(actions?\b|toimenpi|åtgärd)/i.test(name) && !/update|päivity|uppdater/i.test(name))
    return {
      fi: 'nimeä se data/actions.csv (toimenpiteillä on yksi tiedosto)',
      sv: 'döp den till data/actions.csv (det finns en fil för åtgärder)',
      en: 'name it data/actions.csv (there is one actions file)',
    };
  // päivitys, päivitykset, tilannepäivitykset: the stem is päivity; Swedish uppdatering.
  if (/update|päivity|uppdater/i.test(name))
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

/**
 * What was read, by data set of the registry: a single file's result (undefined when it is
 * not there), every file of a folder, or the files of a per-entry set by entry id.
 */
export type DataFiles = {
  [D in DataFileName]: D extends PerEntryName
    ? Map<string, CsvFileResult<DataRow<D>>>
    : (typeof DATA_FILES)[D]['file'] extends `${string}/*.csv`
      ? CsvFileResult<DataRow<D>>[]
      : CsvFileResult<DataRow<D>> | undefined;
};

export function readDataFiles(
  root: string,
  languages: readonly Lang[],
  problems: Problem[],
  csvCache?: CsvCache,
): DataFiles {
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
  const read = (name: DataFileName, file: string) => {
    const spec = DATA_FILES[name];
    return readCsvFile(
      root,
      file,
      spec.rowSchema(languages),
      { aliases: allAliases(spec.headers), languages, what: spec.what },
      problems,
      csvCache && { csv: csvCache, set: name },
    );
  };
  const data: Record<string, unknown> = {};
  const files = new Map<string, DataFileName>();
  const folders = new Map<string, DataFileName>();
  for (const name of DATA_FILE_NAMES) {
    const place = dataPlace(name);
    if ('file' in place) files.set(place.file, name);
    else {
      folders.set(place.folder, name);
      data[name] = place.byId ? new Map() : [];
    }
  }
  for (const entry of list(join(root, 'data'))) {
    const path = `data/${entry}`;
    if (entry.startsWith('.')) continue;
    const single = files.get(path);
    const folder = folders.get(path);
    if (single) data[single] = read(single, path);
    else if (folder && isDirectory(join(root, path))) {
      // Every CSV of the folder, by path and id (its name without .csv); anything else is stray.
      const into = data[folder] as Map<string, unknown> | unknown[];
      for (const file of list(join(root, path))) {
        if (file.startsWith('.')) continue;
        if (!file.toLowerCase().endsWith('.csv')) stray(`${path}/${file}`);
        else if (Array.isArray(into)) into.push(read(folder, `${path}/${file}`));
        else into.set(file.replace(/\.csv$/i, ''), read(folder, `${path}/${file}`));
      }
    } else if (entry === 'mappings' && isDirectory(join(root, path))) {
      // What `npm run import` reads to map an export's values (src/import/mapping.ts): not published.
      for (const file of list(join(root, path)))
        if (!file.startsWith('.') && !/\.ya?ml$/i.test(file)) stray(`${path}/${file}`);
    } else {
      stray(path);
    }
  }
  csvCache?.prune();
  // Each set's rows are read with its own schema above; the record is filled set by set.
  return data as DataFiles;
}
