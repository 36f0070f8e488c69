/**
 * The words of the example's action timelines (data/action-updates.csv). The dates and
 * progress steps are derived from each action's own dates and status by the generator; the
 * notes are these, in fi, sv and en.
 */
import type { Text3 } from '../lib/synthetic-data.ts';

/** The example site's "now": nothing is completed or updated after this day. */
export const NOW = '2026-11-23';

/** The seed of the timelines' own random source. */
export const TIMELINE_SEED = 4242;

/** A few actions have no timeline yet (the file is optional per action): every `skipEvery`th. */
export const SKIP_EVERY = 9;

/** "at the … meeting", by body (the part of a meeting id after `yyyy-mm-`). */
export const BODY_AT: Record<string, Text3> = {
  'lasten-parlamentti': [
    'lasten parlamentin kokouksessa',
    'vid barnparlamentets möte',
    'at the children’s parliament meeting',
  ],
  nuorisovaltuusto: ['nuorisovaltuuston kokouksessa', 'vid ungdomsfullmäktiges möte', 'at the youth council meeting'],
  asiakasraati: ['asiakasraadin työpajassa', 'i kundpanelens verkstad', 'at the customer panel workshop'],
  oppilaskunnat: ['oppilaskuntien tapaamisessa', 'vid elevkårernas möte', 'at the pupil councils’ meeting'],
  vanhusneuvosto: ['vanhusneuvoston kokouksessa', 'vid äldrerådets möte', 'at the elderly council meeting'],
};

/** The first note when the action came from a meeting: `{at}` is BODY_AT, `{date}` the meeting's day. */
export const AGREED_AT: Text3 = ['Sovittiin {at} {date}.', 'Överenskoms {at} {date}.', 'Agreed {at} on {date}.'];

/** The first note otherwise, one drawn at random. */
export const RECORDED: readonly Text3[] = [
  [
    'Kirjattu toimenpiteeksi palautteiden perusteella.',
    'Registrerad som åtgärd utifrån responsen.',
    'Recorded as an action based on feedback.',
  ],
  [
    'Palaute käsiteltiin yksikön viikkopalaverissa; toimenpide päätettiin.',
    'Responsen behandlades på enhetens veckomöte; åtgärden beslutades.',
    'Feedback discussed at the unit’s weekly meeting; action decided.',
  ],
];

export const STARTED: Text3 = ['Työ aloitettu.', 'Arbetet har inletts.', 'Work has started.'];

/** `{p}` is the progress in per cent. */
export const GOING: Text3 = [
  'Työ etenee, noin {p} % valmiina.',
  'Arbetet framskrider, cirka {p} % klart.',
  'Work is progressing, about {p}% complete.',
];

export const PLANNING: Text3 = [
  'Suunnittelu ja kustannusarvio käynnissä.',
  'Planering och kostnadsberäkning pågår.',
  'Planning and cost estimate under way.',
];

export const DECLINED: Text3 = [
  'Selvitetty: toimenpidettä ei toteuteta.',
  'Utrett: åtgärden genomförs inte.',
  'Looked into: the action will not be carried out.',
];

export const DONE: Text3 = ['Toteutettu.', 'Genomförd.', 'Completed.'];
