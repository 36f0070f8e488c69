/**
 * The example city's surveys and votes: what data/surveys/<id>.csv and data/votes/<id>.csv hold.
 * Survey rounds and question ids must match the survey's MDX in content/surveys (the generator
 * checks the question ids); answers are drawn around each round's mean with a seeded random source.
 */

export interface SurveyModel {
  /** The days the rounds closed. */
  rounds: readonly string[];
  /** Answers per round (before no-answers). */
  answers: readonly [number, number];
  /** Question id → mean answer per round, on the 1..5 scale. */
  means: Record<string, readonly number[]>;
  /** The seed of this survey's own random source, so editing another survey leaves this one as it is. */
  seed: number;
}

export const SURVEYS: Record<'kouluruokakysely' | 'asukastyytyvaisyys', SurveyModel> = {
  kouluruokakysely: {
    rounds: ['2023-11-17', '2024-05-17', '2024-11-15', '2025-05-16', '2025-11-14', '2026-05-15', '2026-11-13'],
    answers: [430, 690],
    means: {
      maku: [2.9, 3.1, 3.15, 3.3, 3.3, 3.45, 3.5],
      riittavyys: [3.3, 3.35, 3.4, 3.4, 3.45, 3.5, 3.45],
      kasvisruoka: [2.3, 2.35, 2.5, 2.85, 2.95, 3.0, 3.05],
      ruokailuaika: [2.6, 2.65, 3.0, 3.05, 3.1, 3.1, 3.2],
      viihtyisyys: [2.8, 2.8, 2.85, 2.8, 2.9, 2.95, 2.9],
    },
    seed: 517,
  },
  asukastyytyvaisyys: {
    rounds: ['2024-03-31', '2024-10-31', '2025-03-31', '2025-10-31', '2026-03-31', '2026-10-31'],
    answers: [150, 280],
    means: {
      auraus: [2.5, 2.6, 2.95, 3.0, 3.15, 3.2],
      liukkaus: [2.3, 2.4, 2.7, 2.75, 2.95, 3.0],
      puhtaus: [3.1, 3.3, 3.2, 3.35, 3.3, 3.45],
      puistot: [3.4, 3.6, 3.5, 3.7, 3.6, 3.75],
      palaute: [2.4, 2.6, 2.9, 3.05, 3.2, 3.3],
    },
    seed: 1031,
  },
};

/** Each vote's options in fi, sv and en with their votes. */
export const VOTES: Record<string, readonly (readonly [string, string, string, number])[]> = {
  'suosikkiruokaviikko-2025': [
    ['Pizza', 'Pizza', 'Pizza', 612],
    ['Tortillat', 'Tortillor', 'Tortillas', 548],
    ['Lohikeitto', 'Laxsoppa', 'Salmon soup', 441],
    ['Lihapullat ja perunamuusi', 'Köttbullar och potatismos', 'Meatballs and mashed potatoes', 417],
    ['Hampurilaiset', 'Hamburgare', 'Burgers', 389],
    ['Makaronilaatikko', 'Makaronilåda', 'Macaroni casserole', 236],
    ['Kanakastike ja riisi', 'Kycklingsås och ris', 'Chicken in sauce with rice', 174],
    ['Pinaattiletut', 'Spenatplättar', 'Spinach pancakes', 95],
  ],
  'teemapaiva-2026': [
    ['Avaruuspäivä', 'Rymddagen', 'Space day', 507],
    ['Merirosvopäivä', 'Sjörövardagen', 'Pirate day', 431],
    ['Dinosauruspäivä', 'Dinosauriedagen', 'Dinosaur day', 366],
    ['Pohjoismaiden päivä', 'Nordens dag', 'Nordic day', 142],
    ['Tulevaisuuden ruoka', 'Framtidens mat', 'Food of the future', 118],
  ],
};
