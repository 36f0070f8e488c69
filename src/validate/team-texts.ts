/**
 * Personal data in the texts the team writes in CSV for the site (PRODUCT.md §6): an action's
 * `said`, `description` and `reason`, a timeline `note`. They are published on the action's page,
 * in its feed, in search and in the open data, like a published piece of feedback.
 *
 * `said` is the residents' side of the story, often copied from their feedback: anything personal
 * in it is an error. The others are the team's own words, where an office's address or number
 * (`puistot@kuusijarvi.fi`, `09 123 4567`) may belong, so an e-mail address or a phone number
 * there is a warning that asks whose it is; a personal identity code or a bank account never
 * belongs on a page and is an error everywhere.
 */
import type { Text } from '../core/lang.ts';
import { cellOf, type Located } from '../core/position.ts';
import { error, warning, type Problem } from '../core/problem.ts';
import type { Lang } from '../schemas/fields.ts';
import { describePersonalData, findPersonalData, PERSONAL_DATA_EXPECTED } from './personal-data.ts';

/** A localized text column the team writes, and whether it carries residents' words. */
export interface TeamText {
  field: string;
  residents: boolean;
}

export const ACTION_TEXTS: readonly TeamText[] = [
  { field: 'said', residents: true },
  { field: 'description', residents: false },
  { field: 'reason', residents: false },
];
export const UPDATE_TEXTS: readonly TeamText[] = [{ field: 'note', residents: false }];

const WHERE: Text = {
  fi: 'ja se julkaistaan toimenpiteen sivulla ja avoimessa datassa',
  sv: 'och den publiceras på åtgärdens sida och i öppna data',
  en: "and it is published on the action's page and in the open data",
};

/** Problems for personal data in `texts` of each row; a row's localized texts are `{ fi, sv … }` by field. */
export function checkTeamTexts(
  rows: readonly Located<Readonly<Record<string, unknown>>>[],
  texts: readonly TeamText[],
  languages: readonly Lang[],
): Problem[] {
  const problems: Problem[] = [];
  for (const row of rows)
    for (const { field, residents } of texts) {
      const byLang = row.value[field] as Partial<Record<Lang, string>> | undefined;
      for (const lang of languages) {
        const text = byLang?.[lang];
        if (!text) continue;
        const column = `${field}_${lang}`;
        for (const match of findPersonalData(text)) {
          const what = describePersonalData(match.kind);
          const blocks = residents || match.kind === 'hetu' || match.kind === 'iban';
          const message: Text = {
            fi: `${column} sisältää ${what.fi} ("${match.value}"), ${WHERE.fi}.`,
            sv: `${column} innehåller ${what.sv} ("${match.value}"), ${WHERE.sv}.`,
            en: `${column} contains ${what.en} ("${match.value}"), ${WHERE.en}.`,
          };
          problems.push(
            blocks
              ? error(cellOf(row, column), `personal-data.${match.kind}`, message, {
                  expected: PERSONAL_DATA_EXPECTED,
                  fix: residents
                    ? {
                        fi: 'poista se: kerro, mitä asukkaat sanoivat, ilman heidän yhteystietojaan',
                        sv: 'ta bort den: berätta vad invånarna sade, utan deras kontaktuppgifter',
                        en: 'remove it: tell what residents said without their contact details',
                      }
                    : { fi: 'poista se', sv: 'ta bort den', en: 'remove it' },
                })
              : warning(cellOf(row, column), `personal-data.${match.kind}`, message, {
                  expected: PERSONAL_DATA_EXPECTED,
                  fix: {
                    fi: 'jos se on asukkaan, poista se; viraston oman osoitteen tai numeron voi jättää',
                    sv: 'om den är en invånares, ta bort den; ämbetets egen adress eller nummer kan stå kvar',
                    en: "if it is a resident's, remove it; an office's own address or number may stay",
                  },
                }),
          );
        }
      }
    }
  return problems;
}
