/**
 * `npm run action -- A-2026-016 done 12.5.2026 "Uusi aikataulu käytössä" [--progress N] [--root DIR] [--lang fi|sv|en]`
 * (statuses planned, in-progress, done, declined — declined needs the reason as its text).
 * Records a decision in one step: the action's row in data/actions.csv gets its status,
 * completed date and progress, and data/action-updates.csv gets the timeline row. Both files
 * keep their separator, encoding and line ends, and every line not changed stays byte for
 * byte, so the pull request shows one changed row and one added row. A change the validator
 * would refuse is not written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeOf } from '../src/core/problem.ts';
import { appendRecord, encodeCsv, openCsv, replaceCells, unencodable, type EditableCsv } from '../src/csv/edit.ts';
import { readCsv, type CsvTable } from '../src/csv/read.ts';
import {
  actionRowChanges,
  dateStyleOf,
  parseDecisionArgs,
  timelineRow,
  type DecisionArgs,
} from '../src/domain/action-decision.ts';
import { ACTION_HEADER_ALIASES, ACTION_STATUSES } from '../src/schemas/action.ts';
import { ACTION_UPDATE_HEADER_ALIASES, actionUpdateRowSchema } from '../src/schemas/action-update.ts';
import { columnsOf } from '../src/schemas/columns.ts';
import type { Lang } from '../src/core/lang.ts';
import { didYouMean, finnishDate } from '../src/schemas/fields.ts';
import {
  fill,
  formatProblems,
  newErrors,
  parseCommand,
  runCommand,
  type CommandIo,
  type Words,
} from './lib/command.ts';

const ACTIONS = 'data/actions.csv';
const UPDATES = 'data/action-updates.csv';

const USAGE: Words = {
  fi: 'käyttö: npm run action -- <tunnus> <tila> <päivä> "<mitä tapahtui>", esim. npm run action -- A-2026-016 done 12.5.2026 "Uusi aikataulu käytössä". Tilat: {statuses}.',
  sv: 'användning: npm run action -- <id> <status> <dag> "<vad som hände>", t.ex. npm run action -- A-2026-016 done 12.5.2026 "Nya tidtabellen i bruk". Statusar: {statuses}.',
  en: 'usage: npm run action -- <id> <status> <date> "<what happened>", e.g. npm run action -- A-2026-016 done 12.5.2026 "New timetable in use". Statuses: {statuses}.',
};

const ARG_PROBLEMS: Record<Exclude<DecisionArgs, { ok: true }>['reason'], Words> = {
  usage: USAGE,
  status: {
    fi: 'tila "{value}" ei ole toimenpiteen tila: kirjoita {statuses}.',
    sv: 'status "{value}" är inte en status för en åtgärd: skriv {statuses}.',
    en: 'status "{value}" is not an action status: write {statuses}.',
  },
  date: {
    fi: 'päivä "{value}" ei ole päivämäärä: kirjoita päivä muodossa p.k.vvvv, esim. 12.5.2026.',
    sv: 'dagen "{value}" är inte ett datum: skriv dagen som d.m.åååå, t.ex. 12.5.2026.',
    en: 'date "{value}" is not a date: write it as d.m.yyyy, e.g. 12.5.2026.',
  },
  note: {
    fi: 'hylätylle toimenpiteelle tarvitaan perustelu: kirjoita lainausmerkeissä, miksi sitä ei toteuteta.',
    sv: 'en avslagen åtgärd behöver ett skäl: skriv inom citattecken varför den inte genomförs.',
    en: 'a declined action needs its reason: write in quotes why it will not be done.',
  },
  progress: {
    fi: '--progress "{value}" ei ole prosentti 0–100.',
    sv: '--progress "{value}" är inte en procentsats 0–100.',
    en: '--progress "{value}" is not a percentage from 0 to 100.',
  },
};

const W = {
  noActions: {
    fi: 'tiedostoa {file} ei ole kansiossa {root}: anna --root kansio, jossa content/ ja data/ ovat.',
    sv: 'filen {file} finns inte i mappen {root}: ge --root mappen där content/ och data/ finns.',
    en: 'there is no {file} in {root}: give --root the folder that holds content/ and data/.',
  },
  unreadable: {
    fi: '{file} ei ole luettavissa; korjaa ensin se: npm run validate kertoo miten.',
    sv: '{file} kan inte läsas; rätta den först: npm run validate berättar hur.',
    en: '{file} cannot be read; fix it first: npm run validate says how.',
  },
  unknown: {
    fi: 'toimenpidettä {id} ei ole tiedostossa {file}.{guess}',
    sv: 'åtgärden {id} finns inte i {file}.{guess}',
    en: 'there is no action {id} in {file}.{guess}',
  },
  guess: { fi: ' Tarkoititko {guess}?', sv: ' Menade du {guess}?', en: ' Did you mean {guess}?' },
  noColumn: {
    fi: 'tiedostossa {file} ei ole saraketta {column}: lisää se otsikkoriville, niin muutos voidaan kirjata.',
    sv: 'filen {file} har ingen kolumn {column}: lägg till den på rubrikraden, så kan ändringen föras in.',
    en: '{file} has no column {column}: add it to the header line so the change can be recorded.',
  },
  encoding: {
    fi: '{file} on tallennettu Windows-1252-merkistöllä, johon merkit {chars} eivät mahdu: tallenna se Excelissä muodossa "CSV UTF-8", tai kirjoita teksti ilman niitä.',
    sv: '{file} är sparad i Windows-1252, där tecknen {chars} inte ryms: spara den i Excel som "CSV UTF-8", eller skriv texten utan dem.',
    en: '{file} is saved as Windows-1252, which cannot hold {chars}: save it from Excel as "CSV UTF-8", or write the text without them.',
  },
  refused: {
    fi: 'muutosta ei kirjattu, koska tarkistus hylkäisi sen:',
    sv: 'ändringen fördes inte in, eftersom kontrollen skulle avvisa den:',
    en: 'the change was not recorded, because the validator would refuse it:',
  },
  done: {
    fi: 'kirjattu: {id} on nyt {status} ({date}).\n  muutettu {actionsAt}: {cells}\n  lisätty {updatesAt}\nTarkista muutos (git diff) ja tallenna se (commit).',
    sv: 'infört: {id} är nu {status} ({date}).\n  ändrat {actionsAt}: {cells}\n  tillagt {updatesAt}\nGranska ändringen (git diff) och spara den (commit).',
    en: 'recorded: {id} is now {status} ({date}).\n  changed {actionsAt}: {cells}\n  added {updatesAt}\nReview the change (git diff) and commit it.',
  },
  unchanged: { fi: 'ei muutoksia', sv: 'inga ändringar', en: 'no changes' },
} satisfies Record<string, Words>;

interface OpenFile {
  csv: EditableCsv;
  table: CsvTable;
}

function open(root: string, file: string, aliases: Readonly<Record<string, string>>): OpenFile | undefined {
  const bytes = readFileSync(join(root, file));
  const csv = openCsv(bytes);
  const { table } = readCsv(file, bytes, { aliases });
  return csv && table ? { csv, table } : undefined;
}

/** A new action-updates.csv, written the way the actions file is (separator, BOM, line ends). */
function newUpdatesFile(actions: EditableCsv, languages: readonly Lang[]): OpenFile {
  const columns = columnsOf(actionUpdateRowSchema(languages).shape, languages).map((c) => c.name);
  const header = appendRecord({ text: '', layout: actions.layout }, columns);
  const bytes = encodeCsv(header, actions.layout);
  return { csv: openCsv(bytes)!, table: readCsv(UPDATES, bytes, { aliases: ACTION_UPDATE_HEADER_ALIASES }).table! };
}

export async function main(io: CommandIo): Promise<number> {
  const parsed = parseCommand(io.argv, io.env, io.cwd);
  if (!parsed.ok) {
    io.print(`kuultu: ${parsed.message}`);
    return 1;
  }
  const { root, lang, languages, words } = parsed.args;
  const say = (said: Words, values: Record<string, string | number> = {}) =>
    io.print(`kuultu: ${fill(lang, said, values)}`);
  const statuses = ACTION_STATUSES.join(', ');
  const decisionArgs = parseDecisionArgs(words);
  if (!decisionArgs.ok) {
    say(ARG_PROBLEMS[decisionArgs.reason], { value: decisionArgs.value ?? '', statuses });
    if (decisionArgs.reason !== 'usage') say(USAGE, { statuses });
    return 1;
  }
  const { id, decision } = decisionArgs;
  const defaultLang = languages[0] ?? 'fi';
  if (!existsSync(join(root, ACTIONS))) {
    say(W.noActions, { file: ACTIONS, root });
    return 1;
  }
  const actions = open(root, ACTIONS, ACTION_HEADER_ALIASES);
  if (!actions) {
    say(W.unreadable, { file: ACTIONS });
    return 1;
  }
  const row = actions.table.rows.find((r) => r.values['id'] === id);
  const record = row && actions.csv.records.find((r) => r.line === row.line);
  if (!row || !record) {
    const guess = didYouMean(
      id,
      actions.table.rows.map((r) => r.values['id'] ?? ''),
    );
    say(W.unknown, { id, file: ACTIONS, guess: guess ? fill(lang, W.guess, { guess }) : '' });
    return 1;
  }
  const updatesExist = existsSync(join(root, UPDATES));
  const updates = updatesExist
    ? open(root, UPDATES, ACTION_UPDATE_HEADER_ALIASES)
    : newUpdatesFile(actions.csv, languages);
  if (!updates) {
    say(W.unreadable, { file: UPDATES });
    return 1;
  }

  const style = dateStyleOf(actions.table.rows.map((r) => r.values['opened'] ?? ''));
  const changes = actionRowChanges(row.values, decision, defaultLang, style);
  const cellChanges = new Map<number, string>();
  for (const [column, value] of changes) {
    const number = actions.table.columnNumber[column];
    if (number === undefined) {
      say(W.noColumn, { file: ACTIONS, column });
      return 1;
    }
    cellChanges.set(number - 1, value);
  }
  const newRow = timelineRow(
    id,
    decision,
    defaultLang,
    dateStyleOf(updates.table.rows.map((r) => r.values['date'] ?? '')),
  );
  for (const [column, value] of Object.entries(newRow)) {
    if (value !== '' && updates.table.columnNumber[column] === undefined) {
      say(W.noColumn, { file: UPDATES, column });
      return 1;
    }
  }
  const headerCells = updates.csv.records[0]?.cells.length ?? 0;
  const updateCells = Array.from({ length: headerCells }, () => '');
  for (const [column, value] of Object.entries(newRow)) {
    const number = updates.table.columnNumber[column];
    if (number !== undefined) updateCells[number - 1] = value;
  }

  const actionsText = cellChanges.size > 0 ? replaceCells(actions.csv, record, cellChanges) : actions.csv.text;
  const updatesText = appendRecord(updates.csv, updateCells);
  for (const [file, text, layout] of [
    [ACTIONS, actionsText, actions.csv.layout],
    [UPDATES, updatesText, updates.csv.layout],
  ] as const) {
    const chars = unencodable(text, layout.encoding);
    if (chars.length > 0) {
      say(W.encoding, { file, chars: chars.join(' ') });
      return 1;
    }
  }
  const written = new Map([
    [ACTIONS, encodeCsv(actionsText, actions.csv.layout)],
    [UPDATES, encodeCsv(updatesText, updates.csv.layout)],
  ]);
  const refused = await newErrors(root, written, io.env);
  if (refused.length > 0) {
    say(W.refused);
    io.print(`\n${formatProblems(refused, lang)}`);
    return 1;
  }
  for (const [file, bytes] of written) writeFileSync(join(root, file), bytes);
  // Where the rows are, as the validator says it: the text line, then Excel's row and the id.
  const added = openCsv(written.get(UPDATES)!)!.records.filter((r) => r.start < r.end);
  const addedAt = { file: UPDATES, line: added.at(-1)?.line ?? 0, column: 0, row: added.length, id };
  const changedAt = { file: ACTIONS, line: row.line, column: 0, row: actions.csv.records.indexOf(record) + 1, id };
  say(W.done, {
    id,
    status: decision.status,
    date: finnishDate(decision.date),
    actionsAt: placeOf(changedAt, lang),
    updatesAt: placeOf(addedAt, lang),
    cells: [...changes].map(([c, v]) => `${c} = ${v === '' ? '–' : v}`).join(', ') || fill(lang, W.unchanged),
  });
  return 0;
}

if (import.meta.main) process.exitCode = await runCommand(main);
