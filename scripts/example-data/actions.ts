/**
 * The example city's actions ("we did"), written by hand: every action answers something
 * residents said. scripts/generate-example.ts writes them to data/actions.csv in the schema's
 * column order and derives each one's timeline (data/action-updates.csv) from its dates.
 *
 * Each action tells its story in Finnish, Swedish and English, as the city's communications
 * team would write it in plain language:
 * - `said` — what residents said (in feedback, at a meeting, in a survey). It matches the
 *   residents' own words in ./feedback.ts (TEXTS) for the action's themes, and the meeting's
 *   minutes in content/meetings when the action came from a meeting.
 * - `description` — what was done (done), is being done (in-progress) or will be done and when
 *   (planned). For a declined action it says what was decided and what is done instead, while
 *   `reason` says why not. Its first sentence is the outcome ("The library is open on Sundays
 *   from September 2024"), context after it: cards, posters and the page's meta description show
 *   only the first 200 characters (src/domain/text.ts oneLine; a declined action shows `reason`).
 *
 * The actions live in ./actions/, one file per first theme, in the order the CSV lists them.
 *
 * To add a column to actions.csv: add the field to the schema (src/schemas/action.ts), give it
 * to the actions that have it (a localized field is a [fi, sv, en] triple), and run
 * `npm run generate-example`.
 */
import type { PlannedAction } from '../lib/synthetic-data.ts';
import { ASIOINTI } from './actions/asiointi.ts';
import { IKAANTYNEIDEN_PALVELUT } from './actions/ikaantyneiden-palvelut.ts';
import { JOUKKOLIIKENNE } from './actions/joukkoliikenne.ts';
import { KADUT_JA_PYORATIET } from './actions/kadut-ja-pyoratiet.ts';
import { KIRJASTOT } from './actions/kirjastot.ts';
import { KOULURUOKA } from './actions/kouluruoka.ts';
import { KULTTUURI } from './actions/kulttuuri.ts';
import { LIIKUNTAPAIKAT } from './actions/liikuntapaikat.ts';
import { LUMITYOT } from './actions/lumityot.ts';
import { NUORISOTILAT } from './actions/nuorisotilat.ts';
import { PUISTOT } from './actions/puistot.ts';
import { VARHAISKASVATUS } from './actions/varhaiskasvatus.ts';
import { YMPARISTO } from './actions/ymparisto.ts';

export const ACTIONS: readonly PlannedAction[] = [
  ...KOULURUOKA,
  ...LUMITYOT,
  ...KADUT_JA_PYORATIET,
  ...JOUKKOLIIKENNE,
  ...PUISTOT,
  ...KIRJASTOT,
  ...LIIKUNTAPAIKAT,
  ...NUORISOTILAT,
  ...VARHAISKASVATUS,
  ...KULTTUURI,
  ...IKAANTYNEIDEN_PALVELUT,
  ...ASIOINTI,
  ...YMPARISTO,
];
