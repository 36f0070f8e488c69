/**
 * The mapping file: how the values of one source's exports (service codes, categories,
 * question texts, answer labels, statuses) become kuultu's themes, question ids, scale values
 * and statuses. The first import writes it in the author's language with every value it saw;
 * the author fills in what kuultu could not match, once, and every later import reads it.
 * Nothing is guessed: a value that neither matches exactly nor has a line here stops the import
 * with the line to add.
 */
import { parseDocument } from 'yaml';
import { each, type Text } from '../core/lang.ts';
import { error, type Problem } from '../core/problem.ts';
import type { Lang } from '../schemas/fields.ts';
import { labelKey, type ScaleValue } from './likert.ts';

export const MAPPING_SECTIONS = ['themes', 'questions', 'answers', 'statuses'] as const;
export type MappingSection = (typeof MAPPING_SECTIONS)[number];
export const MAPPING_SETTINGS = ['type', 'unit', 'influence'] as const;
export type MappingSetting = (typeof MAPPING_SETTINGS)[number];

/** The keys of the file in each language; any language's keys are read. */
export const MAPPING_KEYS: Readonly<Record<MappingSection | MappingSetting | 'source', Record<Lang, string>>> = {
  source: { fi: 'lähde', sv: 'källa', en: 'source' },
  themes: { fi: 'teemat', sv: 'teman', en: 'themes' },
  questions: { fi: 'kysymykset', sv: 'frågor', en: 'questions' },
  answers: { fi: 'vastaukset', sv: 'svar', en: 'answers' },
  statuses: { fi: 'tilat', sv: 'statusar', en: 'statuses' },
  type: { fi: 'laji', sv: 'typ', en: 'type' },
  unit: { fi: 'yksikkö', sv: 'enhet', en: 'unit' },
  influence: { fi: 'vaikutusmahdollisuus', sv: 'påverkan', en: 'influence' },
};

/** A header that is not a question (a free-text box, a school name) is skipped with this word. */
export const SKIP_WORDS: Readonly<Record<Lang, string>> = { fi: 'ohita', sv: 'hoppa över', en: 'skip' };
/** An answer label that means no answer. */
export const NO_ANSWER_WORDS: Readonly<Record<Lang, string>> = {
  fi: 'ei vastausta',
  sv: 'inget svar',
  en: 'no answer',
};

/** Markers for "skip this header" and "no answer", written as the author's word for them. */
export const SKIP = '\u0000skip';
export const NO_ANSWER = '\u0000none';

export interface Mapping {
  sections: Record<MappingSection, Map<string, string>>;
  /** Lines the file has with nothing after the colon: the author has yet to fill them in. */
  blank: Record<MappingSection, Set<string>>;
  settings: Partial<Record<MappingSetting, string>>;
}

export function emptyMapping(): Mapping {
  return {
    sections: { themes: new Map(), questions: new Map(), answers: new Map(), statuses: new Map() },
    blank: { themes: new Set(), questions: new Set(), answers: new Set(), statuses: new Set() },
    settings: {},
  };
}

/** How a value is looked up: headers and labels as their letters, codes as they are written. */
export function mappingKey(section: MappingSection, key: string): string {
  return section === 'answers' || section === 'questions' ? labelKey(key) : key.trim();
}

const NOT_YAML: Text = {
  fi: 'tämä ei ole luettavaa YAMLia',
  sv: 'det här är inte läsbar YAML',
  en: 'this is not readable YAML',
};
const SECTIONS_SUCH_AS: Text = {
  fi: 'osioita, joiden alla on rivejä ”arvo: merkitys”, kuten',
  sv: 'delar med rader ”värde: betydelse” under sig, som',
  en: 'sections with "value: meaning" lines under them, such as',
};

const KEY_OF = new Map<string, MappingSection | MappingSetting | 'source'>(
  Object.entries(MAPPING_KEYS).flatMap(([name, words]) =>
    Object.values(words).map((w) => [w, name as MappingSection | MappingSetting | 'source'] as const),
  ),
);
const SKIP_SET = new Set(Object.values(SKIP_WORDS));
const NO_ANSWER_SET = new Set(Object.values(NO_ANSWER_WORDS));

/** Reads a mapping file; a value left empty counts as not mapped yet. */
export function parseMapping(file: string, text: string): { mapping: Mapping; problems: Problem[] } {
  const mapping = emptyMapping();
  const problems: Problem[] = [];
  const doc = parseDocument(text);
  const lineOf = (offset: number | undefined): number =>
    offset === undefined ? 0 : text.slice(0, offset).split('\n').length;
  for (const e of doc.errors) {
    problems.push(
      error(
        { file, line: lineOf(e.pos[0]), column: 0 },
        'mapping.yaml',
        each((l) => `${NOT_YAML[l]}: ${e.message.split('\n')[0]}`),
        {
          expected: {
            fi: 'rivejä ”arvo: merkitys” sisennettyinä osionsa alle',
            sv: 'rader ”värde: betydelse” indragna under sin del',
            en: 'lines "value: what it means", indented under their section',
          },
          fix: {
            fi: 'tarkista tämän rivin sisennys ja lainausmerkit',
            sv: 'kontrollera indraget och citattecknen på raden',
            en: 'check the indentation and the quotes on this line',
          },
        },
      ),
    );
  }
  if (problems.length > 0) return { mapping, problems };
  const root = doc.toJS() as unknown;
  if (root === null || root === undefined) return { mapping, problems };
  if (typeof root !== 'object' || Array.isArray(root)) {
    problems.push(
      error(
        { file, line: 1, column: 0 },
        'mapping.shape',
        {
          fi: 'tiedosto ei ole luettelo osioita.',
          sv: 'filen är inte en lista med delar.',
          en: 'the file is not a list of sections.',
        },
        {
          expected: each((l) => `${SECTIONS_SUCH_AS[l]} ${MAPPING_KEYS.themes[l]}:`),
          fix: {
            fi: 'poista tiedosto ja aja tuonti uudelleen: se kirjoittaa uuden',
            sv: 'ta bort filen och kör importen igen: den skriver en ny',
            en: 'delete the file and run the import again: it writes a new one',
          },
        },
      ),
    );
    return { mapping, problems };
  }
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    const name = KEY_OF.get(key.toLowerCase());
    if (name === undefined || name === 'source') continue;
    if ((MAPPING_SETTINGS as readonly string[]).includes(name)) {
      if (value !== null && value !== undefined && String(value).trim() !== '')
        mapping.settings[name as MappingSetting] = String(value).trim();
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(
        error(
          { file, line: 0, column: 0 },
          'mapping.shape',
          {
            fi: `${key} ei ole luettelo rivejä ”arvo: merkitys”.`,
            sv: `${key} är inte en lista med rader ”värde: betydelse”.`,
            en: `${key} is not a list of "value: meaning" lines.`,
          },
          {
            expected: {
              fi: `rivejä sisennettyinä ${key}:n alle`,
              sv: `rader indragna under ${key}:`,
              en: `lines indented under ${key}:`,
            },
            fix: {
              fi: `kirjoita kukin arvo omalle rivilleen ${key}:n alle, esimerkiksi   "171": kadut`,
              sv: `skriv varje värde på en egen rad under ${key}:, till exempel   "171": kadut`,
              en: `write each value on its own line under ${key}:, e.g.   "171": kadut`,
            },
          },
        ),
      );
      continue;
    }
    const section = mapping.sections[name as MappingSection];
    for (const [from, to] of Object.entries(value as Record<string, unknown>)) {
      const lookup = mappingKey(name as MappingSection, from);
      if (to === null || to === undefined || String(to).trim() === '') {
        mapping.blank[name as MappingSection].add(lookup);
        continue;
      }
      const meaning = String(to).trim();
      section.set(lookup, SKIP_SET.has(meaning.toLowerCase()) ? SKIP : meaning);
    }
  }
  return { mapping, problems };
}

/** An answer mapping's value as a scale value, or `undefined` when it is not 1–5 or "no answer". */
export function answerValue(meaning: string): ScaleValue | undefined {
  if (meaning === NO_ANSWER || NO_ANSWER_SET.has(meaning.toLowerCase())) return null;
  return /^[1-5]$/.test(meaning) ? (Number(meaning) as ScaleValue) : undefined;
}

/** One line of the file as the first import writes it. */
export interface MappingLine {
  section: MappingSection;
  key: string;
  /** What kuultu matched it to without asking; empty for the author to fill in. */
  value?: string;
  /** Shown after the line: what the value is (a service name, how many rows). */
  note?: string;
}

const INTRO: Record<Lang, (source: string, file: string) => string[]> = {
  fi: (source, file) => [
    `kuultu: tuonnin vastaavuudet lähteelle ${source}.`,
    'Tuonti kirjoitti tämän tiedoston ensimmäisellä kerralla. Täydennä tyhjät kohdat kerran;',
    `seuraavat tuonnit (npm run import -- ${source} …) käyttävät tätä tiedostoa: ${file}`,
  ],
  sv: (source, file) => [
    `kuultu: importens motsvarigheter för källan ${source}.`,
    'Importen skrev den här filen första gången. Fyll i de tomma raderna en gång;',
    `följande importer (npm run import -- ${source} …) använder filen: ${file}`,
  ],
  en: (source, file) => [
    `kuultu: what the values of ${source} exports mean.`,
    'The import wrote this file the first time. Fill in the empty lines once;',
    `later imports (npm run import -- ${source} …) use this file: ${file}`,
  ],
};

const SECTION_HELP: Record<MappingSection, Record<Lang, string>> = {
  themes: {
    fi: 'Koodi tai luokka → teeman tunnus (tiedoston nimi content/themes/…/ ilman .mdx).',
    sv: 'Kod eller kategori → temats id (filnamnet i content/themes/…/ utan .mdx).',
    en: 'Code or category → theme slug (the file name in content/themes/…/ without .mdx).',
  },
  questions: {
    fi: 'Sarakkeen otsikko → kysymyksen tunnus kyselyn questions-kohdasta, tai "ohita".',
    sv: 'Kolumnens rubrik → frågans id i enkätens questions, eller "hoppa över".',
    en: 'Column header → question id from the survey\'s questions, or "skip".',
  },
  answers: {
    fi: 'Vastaus → arvo 1–5, tai "ei vastausta".',
    sv: 'Svar → värde 1–5, eller "inget svar".',
    en: 'Answer → value 1–5, or "no answer".',
  },
  statuses: {
    fi: 'Tila → planned, in-progress, done tai declined.',
    sv: 'Status → planned, in-progress, done eller declined.',
    en: 'Status → planned, in-progress, done or declined.',
  },
};

/** The heading over the values a section can be mapped to, when the file lists them. */
const CHOICES_HEAD: Partial<Record<MappingSection, Record<Lang, string>>> = {
  questions: { fi: 'Kyselyn kysymykset:', sv: 'Enkätens frågor:', en: "The survey's questions:" },
};

const SETTING_HELP: Record<MappingSetting, Record<Lang, string>> = {
  type: {
    fi: 'Palautteen laji kaikille tämän lähteen riveille: praise, criticism, idea tai question.',
    sv: 'Typ av respons för alla rader från källan: praise, criticism, idea eller question.',
    en: 'The feedback type of every row from this source: praise, criticism, idea or question.',
  },
  unit: {
    fi: 'Vastuuyksikkö tuoduille toimenpiteille.',
    sv: 'Ansvarig enhet för importerade åtgärder.',
    en: 'The responsible unit of imported actions.',
  },
  influence: {
    fi: 'Vaikutusmahdollisuus tuoduille toimenpiteille: own, organisation tai outside.',
    sv: 'Påverkan för importerade åtgärder: own, organisation eller outside.',
    en: 'The influence class of imported actions: own, organisation or outside.',
  },
};

/** A YAML key or value that reads back as the same string: JSON strings are YAML. */
function scalar(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u.test(s) &&
    !/^(?:yes|no|true|false|null|on|off|~|[\d.]+)$/i.test(s) &&
    !s.endsWith(' ')
    ? s
    : JSON.stringify(s);
}

function comment(text: string | undefined): string {
  return text ? `  # ${text.replace(/\s+/g, ' ')}` : '';
}

/** The file as the first import writes it, in the author's language. */
export function renderMapping(
  lang: Lang,
  source: string,
  file: string,
  lines: readonly MappingLine[],
  settings: Partial<Record<MappingSetting, string>> = {},
  choices: Partial<Record<MappingSection, readonly string[]>> = {},
): string {
  const out = INTRO[lang](source, file).map((l) => `# ${l}`);
  out.push(`${MAPPING_KEYS.source[lang]}: ${source}`);
  for (const [name, value] of Object.entries(settings) as [MappingSetting, string][]) {
    out.push('', `# ${SETTING_HELP[name][lang]}`, `${MAPPING_KEYS[name][lang]}: ${scalar(value)}`);
  }
  for (const section of MAPPING_SECTIONS) {
    const inSection = lines.filter((l) => l.section === section);
    if (inSection.length === 0) continue;
    out.push('', `# ${SECTION_HELP[section][lang]}`);
    const head = CHOICES_HEAD[section];
    const listed = choices[section] ?? [];
    if (head && listed.length > 0) out.push(`# ${head[lang]}`, ...listed.map((c) => `#   ${c}`));
    out.push(`${MAPPING_KEYS[section][lang]}:`);
    for (const l of inSection) {
      const value = l.value === SKIP ? SKIP_WORDS[lang] : l.value === NO_ANSWER ? NO_ANSWER_WORDS[lang] : l.value;
      out.push(`  ${scalar(l.key)}:${value ? ` ${scalar(value)}` : ''}${comment(l.note)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The line an author adds for one value, e.g. `"211": puistot`, to go under `teemat:`. */
export function lineToAdd(key: string, meaning: string): string {
  return `${scalar(key)}: ${meaning}`;
}
