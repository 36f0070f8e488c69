/**
 * The data drops a rebuild is measured (and tested) on, applied to a generated city
 * (scripts/generate-city.ts): the newest month's feedback export arriving, and one action edited
 * in data/actions.csv the way an author does it (its title and status changed, a timeline row added).
 */
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { csvText } from '../../src/core/csv-text.ts';
import { LATEST_MONTH_FILE } from '../generate-city.ts';

const HELD_BACK = '.held-back-month.csv';

/** Takes the newest month's feedback file out of the city, to be dropped in later. */
export function holdBackLatestMonth(root: string): void {
  renameSync(join(root, LATEST_MONTH_FILE), join(root, HELD_BACK));
}

/** The newest month's feedback file arrives. */
export function dropLatestMonth(root: string): void {
  if (!existsSync(join(root, HELD_BACK))) throw new Error('holdBackLatestMonth was not called on this city');
  renameSync(join(root, HELD_BACK), join(root, LATEST_MONTH_FILE));
}

/** The first action in progress is marked done, with a new title in Finnish and a timeline row. */
export function editOneAction(root: string, date: string): string {
  const file = join(root, 'data/actions.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  const row = parsed.data.find((r) => r.status === 'in-progress');
  if (!row) throw new Error('the city has no action in progress to edit');
  row.title_fi = `${row.title_fi} – valmis`;
  row.status = 'done';
  row.completed = date;
  row.progress = '100';
  writeFileSync(
    file,
    csvText(
      header,
      parsed.data.map((r) => header.map((h) => r[h] ?? '')),
      { separator: ',', eol: '\n' },
    ),
  );
  appendFileSync(join(root, 'data/action-updates.csv'), `${row.id},${date},done,100,Valmis.,Klart.,Done.\n`);
  return row.id!;
}
