/**
 * Cross-file check of `data/action-updates.csv` against `data/actions.csv`: the timeline must
 * read forwards in time and end where actions.csv says the action is now.
 */
import { error, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import type { Action } from '../schemas/action.ts';
import type { ActionUpdate } from '../schemas/action-update.ts';
import { didYouMean, didYouMeanText, finnishDate } from '../schemas/fields.ts';
import { cellOf } from '../core/position.ts';
import type { Text } from '../core/lang.ts';

const ACTIONS_FILE = 'data/actions.csv';

/** What the timeline check needs of an action: a row of actions.csv that may itself have had problems. */
export type TimelineAction = Pick<Action, 'id' | 'status'> & Partial<Pick<Action, 'opened' | 'completed'>>;

/**
 * Checks the timeline against itself and against actions.csv: every update names a known
 * action, no update is dated before the action was opened or before the update above it, and
 * each action's last update has the status actions.csv gives it. `actions` may include rows
 * with problems elsewhere whose status could be read: marking an action done then tells about
 * its timeline in the same run as about its completed date.
 */
export function checkTimelines(
  updates: readonly Located<ActionUpdate>[],
  actions: readonly Located<TimelineAction>[],
): Problem[] {
  const actionsById = new Map(actions.map((a) => [a.value.id, a]));
  const actionsFile = actions[0]?.file ?? ACTIONS_FILE;
  const problems: Problem[] = [];
  const byAction = new Map<string, Located<ActionUpdate>[]>();
  for (const update of [...updates].sort((a, b) => a.line - b.line)) {
    const action = actionsById.get(update.value.action);
    if (!action) {
      problems.push(unknownAction(update, [...actionsById.keys()], actionsFile));
      continue;
    }
    const timeline = byAction.get(action.value.id) ?? [];
    timeline.push(update);
    byAction.set(action.value.id, timeline);
  }
  for (const [actionId, timeline] of byAction) {
    const action = actionsById.get(actionId)!;
    problems.push(...datesInOrder(timeline, action), ...lastStatusAgrees(timeline, action));
  }
  return problems;
}

function unknownAction(update: Located<ActionUpdate>, known: readonly string[], actionsFile: string): Problem {
  const guess = didYouMean(update.value.action, known);
  return error(
    cellOf(update, 'action'),
    'ref.action',
    {
      fi: `action "${update.value.action}" ei ole toimenpide tiedostossa ${actionsFile}.`,
      sv: `action "${update.value.action}" är inte en åtgärd i ${actionsFile}.`,
      en: `action "${update.value.action}" is not an action in ${actionsFile}.`,
    },
    {
      expected: {
        fi: `tiedostossa ${actionsFile} olevan toimenpiteen tunnus`,
        sv: `id:t för en åtgärd i ${actionsFile}`,
        en: `the id of an action in ${actionsFile}`,
      },
      fix: guess
        ? didYouMeanText(guess)
        : {
            fi: `korjaa tunnus tai lisää toimenpide ensin tiedostoon ${actionsFile}`,
            sv: `rätta id:t, eller lägg först till åtgärden i ${actionsFile}`,
            en: `correct the id, or add the action to ${actionsFile} first`,
          },
    },
  );
}

/** `rivi 87` in actions.csv, for pointing at the other file. */
function rowWords(row: { line: number; row?: number }): Text {
  const n = row.row ?? row.line;
  return { fi: `rivi ${n}`, sv: `rad ${n}`, en: row.row === undefined ? `line ${n}` : `row ${n}` };
}

/**
 * Each update is compared with the one just above it, not with the latest date so far: one
 * mistyped year then yields one error, not one on every later row.
 */
function datesInOrder(timeline: readonly Located<ActionUpdate>[], action: Located<TimelineAction>): Problem[] {
  const problems: Problem[] = [];
  const { id, opened } = action.value;
  timeline.forEach((update, i) => {
    const { date } = update.value;
    const day = finnishDate(date);
    if (opened !== undefined && date < opened) {
      const openedDay = finnishDate(opened);
      const where = rowWords(action);
      problems.push(
        error(
          cellOf(update, 'date'),
          'timeline.before-opened',
          {
            fi: `date "${day}" on ennen kuin ${id} avattiin (${openedDay}, ${action.file}, ${where.fi}).`,
            sv: `date "${day}" är före dagen då ${id} inleddes (${openedDay} i ${action.file}, ${where.sv}).`,
            en: `date "${day}" is before ${id} was opened (${openedDay} in ${action.file} on ${where.en}).`,
          },
          {
            expected: {
              fi: `päivämäärä ${openedDay} tai sen jälkeen`,
              sv: `ett datum den ${openedDay} eller senare`,
              en: `a date on or after ${openedDay}`,
            },
            fix: {
              fi: `tarkista tämä päivämäärä ja toimenpiteen ${id} avauspäivä (opened) tiedostossa ${action.file}`,
              sv: `kontrollera det här datumet och inledningsdagen (opened) för ${id} i ${action.file}`,
              en: `check this date, and the opened date of ${id} in ${action.file}`,
            },
          },
        ),
      );
    }
    const previous = timeline[i - 1];
    if (previous && date < previous.value.date) {
      const before = finnishDate(previous.value.date);
      const where = rowWords(previous);
      problems.push(
        error(
          cellOf(update, 'date'),
          'timeline.order',
          {
            fi: `date "${day}" on ennen toimenpiteen ${id} edellistä päivitystä (${before}, ${where.fi}).`,
            sv: `date "${day}" är före den föregående uppdateringen av ${id} (${before}, ${where.sv}).`,
            en: `date "${day}" is before the previous update of ${id} (${before} on ${where.en}).`,
          },
          {
            expected: {
              fi: `toimenpiteen ${id} päivitykset vanhimmasta uusimpaan`,
              sv: `uppdateringarna av ${id} från den äldsta till den nyaste`,
              en: `the updates of ${id} from oldest to newest`,
            },
            fix: {
              fi: 'tarkista kumpikin päivämäärä; jos molemmat ovat oikein, järjestä rivit päivämäärän mukaan',
              sv: 'kontrollera båda datumen; om båda stämmer, sortera raderna i datumordning',
              en: 'check the two dates; if both are right, put the rows in date order',
            },
          },
        ),
      );
    }
  });
  return problems;
}

function lastStatusAgrees(timeline: readonly Located<ActionUpdate>[], action: Located<TimelineAction>): Problem[] {
  const last = timeline[timeline.length - 1];
  const { id, status, completed } = action.value;
  if (!last || last.value.status === status) return [];
  const where = rowWords(action);
  // The row to add, written out: the author copies it rather than working out the columns.
  const date: Text =
    status === 'done' && completed
      ? {
          fi: `päivämäärä ${finnishDate(completed)} (valmistumispäivä)`,
          sv: `datumet ${finnishDate(completed)} (dagen då den blev klar)`,
          en: `date ${finnishDate(completed)} (the completed date)`,
        }
      : { fi: 'muutoksen päivämäärä', sv: 'datumet för ändringen', en: 'the date of the change' };
  return [
    error(
      cellOf(last, 'status'),
      'timeline.status',
      {
        fi: `toimenpiteen ${id} viimeisen päivityksen status "${last.value.status}" on ristiriidassa tiedoston ${action.file} kanssa, jossa tila on ${status} (${where.fi}).`,
        sv: `status "${last.value.status}" i den sista uppdateringen av ${id} stämmer inte med ${action.file}, där statusen är ${status} (${where.sv}).`,
        en: `status "${last.value.status}" of the last update of ${id} disagrees with ${action.file}, where the status is ${status} (${where.en}).`,
      },
      {
        expected: {
          fi: `${status}, kuten tiedostossa ${action.file}`,
          sv: `${status}, som i ${action.file}`,
          en: `${status}, as in ${action.file}`,
        },
        fix: {
          fi: `lisää tämän alle rivi, jossa action on ${id}, status ${status} ja ${date.fi}; tai korjaa tila tiedostossa ${action.file}`,
          sv: `lägg till en rad under den här med action ${id}, status ${status} och ${date.sv}, eller rätta statusen i ${action.file}`,
          en: `add a row below this one with action ${id}, status ${status} and ${date.en}, or correct the status in ${action.file}`,
        },
      },
    ),
  ];
}
