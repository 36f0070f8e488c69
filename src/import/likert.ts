/**
 * Answer labels → scale values. A survey tool exports the label the respondent chose, in the
 * language they answered in, so one round of a bilingual city's survey holds Finnish, Swedish
 * and English labels side by side; all three count the same.
 */
import type { Lang } from '../schemas/fields.ts';

/** 1–5, or `null` for "no answer" (an empty cell or a "don't know"). */
export type ScaleValue = 1 | 2 | 3 | 4 | 5 | null;

/** The agree–disagree scale most Finnish public surveys use, in the three languages (issue 11). */
export const LIKERT_LABELS: Readonly<Record<Lang, readonly [string, string, string, string, string]>> = {
  fi: [
    'Täysin eri mieltä',
    'Jokseenkin eri mieltä',
    'Ei samaa eikä eri mieltä',
    'Jokseenkin samaa mieltä',
    'Täysin samaa mieltä',
  ],
  sv: [
    'Helt av annan åsikt',
    'Delvis av annan åsikt',
    'Varken av samma eller annan åsikt',
    'Delvis av samma åsikt',
    'Helt av samma åsikt',
  ],
  en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
};

/**
 * "Don't know" is not a middle opinion: counting it as 3 would pull every mean to the middle,
 * so it is always no answer unless the author's mapping says otherwise.
 */
export const DONT_KNOW_LABELS: readonly string[] = [
  'En osaa sanoa',
  'Ei osaa sanoa',
  'Eos',
  'Vet inte',
  'Kan inte säga',
  "Don't know",
  'Do not know',
  'Not sure',
  'Cannot say',
];

/** Labels compare without case, surrounding spaces or a curly apostrophe. */
export function labelKey(label: string): string {
  return label.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const DONT_KNOW = new Set(DONT_KNOW_LABELS.map(labelKey));

export function isDontKnow(label: string): boolean {
  return DONT_KNOW.has(labelKey(label));
}

/**
 * The value a label stands for without asking: a don't-know, one of the survey's own five
 * labels (in any of its translations), or a standard agree–disagree label.
 */
export function knownLabelValue(label: string, surveyScales: readonly (readonly string[])[]): ScaleValue | undefined {
  const key = labelKey(label);
  if (key === '') return null;
  if (DONT_KNOW.has(key)) return null;
  for (const scale of surveyScales) {
    const i = scale.findIndex((l) => labelKey(l) === key);
    if (i !== -1) return (i + 1) as ScaleValue;
  }
  for (const labels of Object.values(LIKERT_LABELS)) {
    const i = labels.findIndex((l) => labelKey(l) === key);
    if (i !== -1) return (i + 1) as ScaleValue;
  }
  return undefined;
}
