/**
 * One row per respondent (Microsoft Forms, Google Forms, LimeSurvey, Webropol) → one round of
 * `data/surveys/<id>.csv`: per question, how many chose 1…5 and how many gave no answer. Only
 * counts leave this file: no respondent's row, time, name or address is ever written.
 */
import { each, type Text } from '../core/lang.ts';
import { columnLetter, error, warning, type Problem, type ProblemAt } from '../core/problem.ts';
import { truncate } from '../core/text.ts';
import { excelDay, exportDay } from './dates.ts';
import { isDontKnow, knownLabelValue, labelKey, type ScaleValue } from './likert.ts';
import { answerValue, NO_ANSWER, SKIP } from './mapping.ts';
import type { Resolver } from './resolve.ts';
import { sheetAt, type Sheet } from './sheet.ts';

export interface SurveySourceSpec {
  /** How messages name the tool. */
  tool: string;
  /** Columns the tool adds that are not questions (lower case, in the tool's languages). */
  metaColumns: readonly string[];
  /** The column that says when the respondent finished; the round date is the latest. */
  completionColumns: readonly string[];
  /** Whether the file must have a completion column to be this tool's export. */
  requiresCompletion: boolean;
  /** LimeSurvey writes started-but-unfinished responses with an empty submitdate. */
  emptyCompletionIsIncomplete?: boolean;
}

/**
 * Headers that hold personal data whatever the tool: never copied, never even counted. Matched
 * loosely on purpose: an "E-mail (optional)" column must not become a question to count.
 */
const PERSONAL_HEADER =
  /^(?:e-?mail|email address|sähköposti(?:osoite)?|e-post(?:adress)?|name|nimi|namn|first ?name|last ?name|firstname|lastname|etunimi|sukunimi|ipaddr|ip|ip[- ]?(?:address|osoite|adress)|lat|long|lon|latitude|longitude|koordinaatit|phone|puhelin(?:numero)?|telefon|token)(?:\s*\(.*\))?$/i;

export function isPersonalHeader(header: string): boolean {
  return PERSONAL_HEADER.test(header.trim());
}

export interface SurveyQuestions {
  /** Question ids in the survey's order. */
  ids: readonly string[];
  /** Every question's text in every language the survey has, with its id. */
  texts: readonly { id: string; text: string }[];
  /** The survey's own five labels, per language. */
  scales: readonly (readonly string[])[];
}

export interface RoundCounts {
  question: string;
  n1: number;
  n2: number;
  n3: number;
  n4: number;
  n5: number;
  no_answer: number;
}

export interface SurveyImport {
  counts: RoundCounts[];
  /** The latest completion day, or undefined when the export has none. */
  latest?: string;
  earliest?: string;
  respondents: number;
  incomplete: number;
  /** Headers left out, and why: personal data, the tool's own columns, or skipped in the mapping. */
  personal: string[];
  skipped: string[];
  problems: Problem[];
}

/** `Kouluruoka [Maku]` (Google grid) or `Q1[SQ001]` (LimeSurvey array) → `Maku`, `SQ001`. */
function bracketPart(header: string): string | undefined {
  return /\[([^\]]+)\]\s*$/.exec(header)?.[1]?.trim();
}

/** A header that is a question id or a question's text (in any language) needs no mapping line. */
export function questionByHeader(header: string, questions: SurveyQuestions): string | undefined {
  for (const candidate of [header, bracketPart(header)]) {
    if (!candidate) continue;
    const key = labelKey(candidate);
    const byId = questions.ids.find((id) => id.toLowerCase() === key);
    if (byId) return byId;
    const byText = questions.texts.find((q) => labelKey(q.text) === key);
    if (byText) return byText.id;
  }
  return undefined;
}

const MAX_VALUE_PROBLEMS = 20;

const ONE_OF: Text = { fi: 'jokin näistä:', sv: 'en av', en: 'one of' };
const FIX_MAPPING_LINE: Text = {
  fi: 'korjaa rivi vastaavuustiedostossa',
  sv: 'rätta raden i motsvarighetsfilen',
  en: 'correct the line in the mapping file',
};

export function countResponses(
  sheet: Sheet,
  spec: SurveySourceSpec,
  questions: SurveyQuestions,
  resolver: Resolver,
  options: { timeZone: string },
): SurveyImport {
  const problems: Problem[] = [];
  const personal: string[] = [];
  const skipped: string[] = [];
  const meta = new Set(spec.metaColumns.map((c) => c.toLowerCase()));
  const completionNames = new Set(spec.completionColumns.map((c) => c.toLowerCase()));
  const norm = (h: string) => h.replace(/\s+/g, ' ').trim().toLowerCase();
  const completion = sheet.header.findIndex((h) => completionNames.has(norm(h)));
  const result = (): SurveyImport => ({ counts: [], respondents: 0, incomplete: 0, personal, skipped, problems });
  if (completion === -1 && spec.requiresCompletion) {
    problems.push(
      error(
        { file: sheet.file, line: 1, column: 0 },
        'survey.not-export',
        {
          fi: `tämä ei ole ${spec.tool} -vienti: siinä ei ole saraketta ${spec.completionColumns[0]}.`,
          sv: `det här är inte en export från ${spec.tool}: kolumnen ${spec.completionColumns[0]} saknas.`,
          en: `this is not a ${spec.tool} export: it has no column ${spec.completionColumns[0]}.`,
        },
        {
          expected: {
            fi: `${spec.tool} -viennin otsikkorivi, jossa on ${spec.completionColumns.slice(0, 3).join(' / ')}`,
            sv: `rubrikraden i en export från ${spec.tool}, med ${spec.completionColumns.slice(0, 3).join(' / ')}`,
            en: `the header of a ${spec.tool} export, with ${spec.completionColumns.slice(0, 3).join(' / ')}`,
          },
          fix: {
            fi: `lataa vastaukset uudelleen ${spec.tool} -palvelusta ja tuo tiedosto muokkaamatta`,
            sv: `ladda ner svaren från ${spec.tool} igen och importera filen utan att redigera den`,
            en: `download the responses from ${spec.tool} again and import that file without editing it`,
          },
        },
      ),
    );
    return result();
  }

  const placed: { index: number; id: string }[] = [];
  const byId = new Map<string, number>();
  sheet.header.forEach((header, index) => {
    if (header.trim() === '') return;
    if (isPersonalHeader(header)) {
      personal.push(header);
      return;
    }
    if (meta.has(norm(header)) || index === completion) return;
    const id = resolver.resolve('questions', header, () => questionByHeader(header, questions), {
      file: sheet.file,
      line: 1,
      row: 1,
      column: index + 1,
      note: columnLetter(index + 1),
    });
    if (id === undefined) return;
    if (id === SKIP) {
      skipped.push(header);
      return;
    }
    if (!questions.ids.includes(id)) {
      problems.push(
        error(
          { file: sheet.file, line: 1, column: index + 1 },
          'mapping.question-unknown',
          {
            fi: `sarake ${columnLetter(index + 1)} "${truncate(header)}" on vastaavuustiedostossa kysymys "${id}", jota kyselyssä ei ole.`,
            sv: `kolumn ${columnLetter(index + 1)} "${truncate(header)}" motsvarar frågan "${id}", som enkäten inte har.`,
            en: `column ${columnLetter(index + 1)} "${truncate(header)}" is mapped to "${id}", which is not a question of the survey.`,
          },
          {
            expected: each((l) => `${ONE_OF[l]} ${questions.ids.join(', ')}`),
            fix: FIX_MAPPING_LINE,
          },
        ),
      );
      return;
    }
    const earlier = byId.get(id);
    if (earlier !== undefined) {
      problems.push(
        error(
          { file: sheet.file, line: 1, column: index + 1 },
          'mapping.question-twice',
          {
            fi: `sarakkeet ${columnLetter(earlier + 1)} ja ${columnLetter(index + 1)} ovat molemmat kysymys "${id}", joten sen vastaukset laskettaisiin kahdesti.`,
            sv: `kolumnerna ${columnLetter(earlier + 1)} och ${columnLetter(index + 1)} är båda frågan "${id}", så dess svar skulle räknas två gånger.`,
            en: `columns ${columnLetter(earlier + 1)} and ${columnLetter(index + 1)} are both question "${id}", so its answers would be counted twice.`,
          },
          {
            expected: { fi: 'yksi sarake kysymystä kohden', sv: 'en kolumn per fråga', en: 'one column per question' },
            fix: {
              fi: 'merkitse vastaavuustiedostoon toiselle sarakkeelle toinen kysymys tai ohita',
              sv: 'ge den ena kolumnen en annan fråga, eller hoppa över, i motsvarighetsfilen',
              en: 'map one of the two columns to another question, or to skip, in the mapping file',
            },
          },
        ),
      );
      return;
    }
    byId.set(id, index);
    placed.push({ index, id });
  });

  const tally = new Map<string, RoundCounts>(
    placed.map((p) => [p.id, { question: p.id, n1: 0, n2: 0, n3: 0, n4: 0, n5: 0, no_answer: 0 }]),
  );
  let respondents = 0;
  let incomplete = 0;
  let valueProblems = 0;
  let latest: string | undefined;
  let earliest: string | undefined;
  for (const row of sheet.rows) {
    const finished = completion === -1 ? '' : (row.cells[completion] ?? '').trim();
    if (completion !== -1 && finished === '' && spec.emptyCompletionIsIncomplete) {
      incomplete++;
      continue;
    }
    if (completion !== -1) {
      const day = dayOf(finished, options.timeZone);
      if (!day) {
        problems.push(
          error(
            sheetAt(sheet.file, row, completion + 1),
            'survey.completion',
            {
              fi: `${sheet.header[completion]} "${truncate(finished)}" ei ole päivämäärä.`,
              sv: `${sheet.header[completion]} "${truncate(finished)}" är inte ett datum.`,
              en: `${sheet.header[completion]} "${truncate(finished)}" is not a date.`,
            },
            {
              expected: {
                fi: 'työkalun kirjoittama päivämäärä ja aika, esimerkiksi 2026-03-14 10:22:31',
                sv: 'datum och tid som verktyget skrev, till exempel 2026-03-14 10:22:31',
                en: 'the date and time the tool wrote, e.g. 2026-03-14 10:22:31',
              },
              fix: {
                fi: `lataa vastaukset uudelleen ${spec.tool} -palvelusta: päivämäärien on oltava sellaisina kuin työkalu ne kirjoitti`,
                sv: `ladda ner svaren från ${spec.tool} igen: datumen ska vara som verktyget skrev dem`,
                en: `download the responses from ${spec.tool} again: the dates must be as the tool wrote them`,
              },
            },
          ),
        );
        continue;
      }
      if (!latest || day > latest) latest = day;
      if (!earliest || day < earliest) earliest = day;
    }
    respondents++;
    for (const { index, id } of placed) {
      const cell = (row.cells[index] ?? '').trim();
      const value = cellValue(cell, resolver, questions, sheetAt(sheet.file, row, index + 1));
      if (value === 'bad') {
        if (++valueProblems <= MAX_VALUE_PROBLEMS)
          problems.push(
            error(
              sheetAt(sheet.file, row, index + 1),
              'survey.scale',
              {
                fi: `${truncate(sheet.header[index] ?? '')} "${truncate(cell)}" (kysymys ${id}) ei ole asteikolla 1–5.`,
                sv: `${truncate(sheet.header[index] ?? '')} "${truncate(cell)}" (fråga ${id}) är inte på skalan 1–5.`,
                en: `${truncate(sheet.header[index] ?? '')} "${truncate(cell)}" (question ${id}) is not on the 1–5 scale.`,
              },
              {
                expected: {
                  fi: 'vastaus 1–5, jokin asteikon sanallisista vaihtoehdoista tai tyhjä solu',
                  sv: 'ett svar 1–5, ett av skalans alternativ eller en tom cell',
                  en: "an answer from 1 to 5, one of the scale's labels, or an empty cell",
                },
                fix: {
                  fi: 'tarkista, että tämä on oikea kysely ja oikea sarake; vientiä ei saa muokata käsin',
                  sv: 'kontrollera att det är rätt enkät och rätt kolumn; exporten ska inte redigeras för hand',
                  en: 'check that this is the right survey and the right column; the export must not be edited by hand',
                },
              },
            ),
          );
        continue;
      }
      if (value === undefined) continue;
      const counts = tally.get(id)!;
      if (value === null) counts.no_answer++;
      else counts[`n${value}`]++;
    }
  }
  if (valueProblems > MAX_VALUE_PROBLEMS) {
    problems.push(
      error(
        { file: sheet.file, line: 0, column: 0 },
        'survey.scale',
        {
          fi: `lisäksi ${valueProblems - MAX_VALUE_PROBLEMS} muuta vastausta ei ole asteikolla 1–5.`,
          sv: `dessutom är ${valueProblems - MAX_VALUE_PROBLEMS} andra svar inte på skalan 1–5.`,
          en: `and ${valueProblems - MAX_VALUE_PROBLEMS} more answers are not on the 1–5 scale.`,
        },
        {
          expected: { fi: 'vastauksia 1–5', sv: 'svar från 1 till 5', en: 'answers from 1 to 5' },
          fix: {
            fi: 'tarkista, että tämä on oikean kyselyn vienti',
            sv: 'kontrollera att det är exporten av rätt enkät',
            en: 'check that this is the export of the right survey',
          },
        },
      ),
    );
  }
  for (const scale of questions.scales) {
    const i = scale.findIndex(isDontKnow);
    if (i !== -1 && placed.length > 0 && !resolver.mapped('answers', scale[i]!)) {
      problems.push(
        warning(
          { file: sheet.file, line: 0, column: 0 },
          'survey.dont-know',
          {
            fi: `kyselyn asteikossa "${scale[i]}" on arvo ${i + 1}, mutta kuultu laskee sen vastaamatta jätetyksi: ”en osaa sanoa” ei ole keskimmäinen mielipide.`,
            sv: `enkätens skala har "${scale[i]}" som ${i + 1}, men kuultu räknar det som inget svar: ”vet inte” är ingen mittenåsikt.`,
            en: `the survey's scale has "${scale[i]}" as ${i + 1}, and kuultu counts it as no answer: "don't know" is not a middle opinion.`,
          },
          {
            expected: {
              fi: 'asteikko, jonka kaikki viisi vaihtoehtoa ovat mielipiteitä',
              sv: 'en skala vars fem alternativ alla är åsikter',
              en: 'a scale whose five labels are opinions',
            },
            fix: {
              fi: `jos se on kuitenkin ${i + 1}, lisää vastaavuustiedoston vastaukset-kohtaan rivi  "${scale[i]}": ${i + 1}`,
              sv: `om det ändå är ${i + 1}, lägg till raden  "${scale[i]}": ${i + 1}  under svar i motsvarighetsfilen`,
              en: `to count it as ${i + 1} after all, add the line  "${scale[i]}": ${i + 1}  under answers in the mapping file`,
            },
          },
        ),
      );
      break;
    }
  }
  const counts = questions.ids.filter((id) => tally.has(id)).map((id) => tally.get(id)!);
  const out: SurveyImport = { counts, respondents, incomplete, personal, skipped, problems };
  if (latest) out.latest = latest;
  if (earliest) out.earliest = earliest;
  return out;
}

function dayOf(text: string, timeZone: string): string | undefined {
  return exportDay(text, timeZone) ?? (/^\d+(\.\d+)?$/.test(text) ? excelSerialDay(Number(text)) : undefined);
}

/** A date cell read as a number (Excel's 1900 serial, e.g. from a CSV saved by Excel). */
function excelSerialDay(serial: number): string | undefined {
  if (serial < 20000 || serial > 80000) return undefined;
  return excelDay(new Date(Math.round((serial - 25569) * 86400000)));
}

/**
 * A cell's answer: 1–5, `null` for no answer, `undefined` when the label is not mapped yet
 * (reported by the resolver), or `'bad'` for a number off the scale.
 */
function cellValue(
  cell: string,
  resolver: Resolver,
  questions: SurveyQuestions,
  at: ProblemAt,
): ScaleValue | undefined | 'bad' {
  if (cell === '') return null;
  if (/^-?\d+(?:[.,]0+)?$/.test(cell)) {
    const n = Number.parseInt(cell, 10);
    return n >= 1 && n <= 5 ? (n as ScaleValue) : 'bad';
  }
  const meaning = resolver.resolve(
    'answers',
    cell,
    () => {
      const v = knownLabelValue(cell, questions.scales);
      return v === undefined ? undefined : v === null ? NO_ANSWER : String(v);
    },
    at,
  );
  if (meaning === undefined) return undefined;
  const value = answerValue(meaning);
  return value === undefined ? 'bad' : value;
}
