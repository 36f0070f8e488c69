/**
 * An action's timeline, `data/action-updates.csv` (PRODUCT.md §3.3): one row per change, with
 * the status from that date on. The action page shows it and the actions feed is built from it,
 * so it must read forwards in time and end where actions.csv says the action is now.
 */
import * as z from 'zod';
import { allAliases, type HeaderAliases } from './columns.ts';
import { ACTION_STATUSES, STATUS_SYNONYMS, localizedAliases } from './action.ts';
import { integer, ref, localized, oneOf, requiredDate, type Lang } from './fields.ts';

/** Finnish and Swedish headers → our column names; the author guide prints these tables. */
export const ACTION_UPDATE_HEADERS: HeaderAliases = {
  fi: {
    toimenpide: 'action',
    päivä: 'date',
    päivämäärä: 'date',
    pvm: 'date',
    tila: 'status',
    edistyminen: 'progress',
    eteneminen: 'progress',
    ...localizedAliases({ huomio: 'note', selite: 'note', muistiinpano: 'note' }),
  },
  sv: {
    åtgärd: 'action',
    datum: 'date',
    framsteg: 'progress',
    ...localizedAliases({ anteckning: 'note', kommentar: 'note' }),
  },
};

export const ACTION_UPDATE_HEADER_ALIASES = allAliases(ACTION_UPDATE_HEADERS);

export function actionUpdateRowSchema(languages: readonly Lang[]) {
  return z.object({
    /** The id of the action in actions.csv. */
    action: ref({
      fi: 'Toimenpiteen tunnus actions.csv-tiedostossa.',
      sv: 'Åtgärdens id i actions.csv.',
      en: 'The id of the action in actions.csv.',
    }),
    date: requiredDate({
      fi: 'Päivä, josta alkaen tila on voimassa.',
      sv: 'Dagen från vilken statusen gäller.',
      en: 'The day from which the status holds.',
    }),
    status: oneOf(
      {
        fi: 'Toimenpiteen tila tästä päivästä alkaen.',
        sv: 'Åtgärdens status från denna dag.',
        en: 'The status of the action from this day on.',
      },
      { fi: 'kelvollinen tila', sv: 'en giltig status', en: 'a status' },
      ACTION_STATUSES,
      { synonyms: STATUS_SYNONYMS },
    ),
    progress: integer(
      {
        fi: 'Edistyminen prosentteina 0–100 (50 tai 50 %).',
        sv: 'Framsteg i procent 0–100 (50 eller 50 %).',
        en: 'Progress in per cent, 0–100 (50 or 50 %).',
      },
      { min: 0, max: 100, percent: true },
    ),
    note: localized(
      languages,
      { fi: 'Mitä tapahtui.', sv: 'Vad som hände.', en: 'What happened.' },
      { max: 4000, prose: true },
    ),
  });
}

export type ActionUpdate = z.output<ReturnType<typeof actionUpdateRowSchema>>;
