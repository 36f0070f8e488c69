/**
 * Cross-file check of `data/action-updates.csv` against `data/actions.csv`: the timeline must
 * read forwards in time and end where actions.csv says the action is now.
 */
import { error, type Problem } from '../core/problem.ts';
import type { Located } from '../core/position.ts';
import type { Action } from '../schemas/action.ts';
import type { ActionUpdate } from '../schemas/action-update.ts';
import { didYouMean, finnishDate } from '../schemas/fields.ts';

const ACTIONS_FILE = 'data/actions.csv';

/**
 * Checks the timeline against itself and against actions.csv: every update names a known
 * action, no update is dated before the action was opened or before the update above it, and
 * each action's last update has the status actions.csv gives it.
 */
export function checkTimelines(
  updates: readonly Located<ActionUpdate>[],
  actions: readonly Located<Action>[],
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

function at(update: Located<ActionUpdate>, column: string) {
  return { file: update.file, line: update.line, column: update.columns[column] ?? 0 };
}

function unknownAction(update: Located<ActionUpdate>, known: readonly string[], actionsFile: string): Problem {
  const guess = didYouMean(update.value.action, known);
  return error(
    at(update, 'action'),
    'ref.action',
    `action "${update.value.action}" is not an action in ${actionsFile}.`,
    {
      expected: `the id of an action in ${actionsFile}`,
      fix: guess ? `did you mean "${guess}"?` : `correct the id, or add the action to ${actionsFile} first`,
    },
  );
}

/**
 * Each update is compared with the one just above it, not with the latest date so far: one
 * mistyped year then yields one error, not one on every later row.
 */
function datesInOrder(timeline: readonly Located<ActionUpdate>[], action: Located<Action>): Problem[] {
  const problems: Problem[] = [];
  timeline.forEach((update, i) => {
    const { date } = update.value;
    if (date < action.value.opened) {
      problems.push(
        error(
          at(update, 'date'),
          'timeline.before-opened',
          `date "${finnishDate(date)}" is before ${action.value.id} was opened (${finnishDate(action.value.opened)} in ${action.file} on line ${action.line}).`,
          {
            expected: `a date on or after ${finnishDate(action.value.opened)}`,
            fix: `check this date, and the opened date of ${action.value.id} in ${action.file}`,
          },
        ),
      );
    }
    const previous = timeline[i - 1];
    if (previous && date < previous.value.date) {
      problems.push(
        error(
          at(update, 'date'),
          'timeline.order',
          `date "${finnishDate(date)}" is before the previous update of ${action.value.id} (${finnishDate(previous.value.date)} on line ${previous.line}).`,
          {
            expected: `the updates of ${action.value.id} from oldest to newest`,
            fix: 'check the two dates; if both are right, put the rows in date order',
          },
        ),
      );
    }
  });
  return problems;
}

function lastStatusAgrees(timeline: readonly Located<ActionUpdate>[], action: Located<Action>): Problem[] {
  const last = timeline[timeline.length - 1];
  if (!last || last.value.status === action.value.status) return [];
  return [
    error(
      at(last, 'status'),
      'timeline.status',
      `status "${last.value.status}" of the last update of ${action.value.id} disagrees with ${action.file}, where the status is ${action.value.status} (line ${action.line}).`,
      {
        expected: `${action.value.status}, as in ${action.file}`,
        fix: `add an update with status ${action.value.status} and the date of the change, or correct the status in ${action.file}`,
      },
    ),
  ];
}
