/**
 * A problem found in an author's data: the one shape every check reports, and the one place
 * that turns it into the text, JSON or GitHub annotation the author reads, in the author's
 * language (every message, expected and fix is a `Text`: Finnish, Swedish and English).
 */
import type { Lang, Text } from './lang.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Repository-relative path with forward slashes, e.g. `data/actions.csv`. */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column: the CSV field number, or the character column in MDX/YAML; 0 if none. */
  column: number;
  /**
   * CSV only: the row as Excel numbers it (the header is row 1). It differs from `line` when a
   * cell above holds a line break; `column` is then shown as Excel's column letter too.
   */
  row?: number;
  /** CSV only: the id of the row the problem is on, e.g. `A-2026-016`, so the author can search for it. */
  id?: string;
  /** One sentence naming the value, e.g. `status "valmis" is not a status.` */
  message: Text;
  /** What would have been accepted. */
  expected?: Text;
  /** What the author should do, e.g. `write "done" (valmis = done)`. */
  fix?: Text;
  /** A stable machine-readable kind, e.g. `enum`, `date.impossible`, `ref.theme`. */
  code: string;
}

export interface ProblemAt {
  file: string;
  line: number;
  column: number;
  /** For a CSV cell: the Excel row (header = 1) and the row's id, see `Problem`. */
  row?: number;
  id?: string;
}

function problem(
  severity: Severity,
  at: ProblemAt,
  code: string,
  message: Text,
  details: { expected?: Text | undefined; fix?: Text | undefined },
): Problem {
  const p: Problem = { severity, file: at.file, line: at.line, column: at.column, code, message };
  if (at.row !== undefined) p.row = at.row;
  if (at.id !== undefined && at.id !== '') p.id = at.id;
  if (details.expected) p.expected = details.expected;
  if (details.fix) p.fix = details.fix;
  return p;
}

/** What a problem's expected and fix are: both optional, both in every language. */
export interface Details {
  expected?: Text | undefined;
  fix?: Text | undefined;
}

export function error(at: ProblemAt, code: string, message: Text, details: Details = {}): Problem {
  return problem('error', at, code, message, details);
}

export function warning(at: ProblemAt, code: string, message: Text, details: Details = {}): Problem {
  return problem('warning', at, code, message, details);
}

/**
 * What every command says when kuultu itself fails (an exception it did not foresee): whose fault
 * it is, so an author does not hunt for a mistake in their data, and the cause for the bug report.
 */
export function internalError(cause: unknown): Text {
  const why = cause instanceof Error ? cause.message : String(cause);
  return {
    fi: `kuultu pysähtyi sisäiseen virheeseen. Vika on kuultussa, ei aineistossasi: ${why}`,
    sv: `kuultu stannade på ett internt fel. Felet finns i kuultu, inte i dina data: ${why}`,
    en: `kuultu stopped on an internal error, which is a bug in kuultu, not in your data: ${why}`,
  };
}

/**
 * A file the operating system would not hand over: a folder named like a file, a file without
 * read permission. Reported like any other problem, so one odd file never hides the others.
 */
export function unreadableFile(file: string, cause: unknown): Problem {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const at = { file, line: 0, column: 0 };
  if (code === 'EISDIR') {
    return error(
      at,
      'file.folder',
      {
        fi: 'tämä on kansio eikä tiedosto, joten kuultu ei voi lukea sitä.',
        sv: 'det här är en mapp och inte en fil, så kuultu kan inte läsa den.',
        en: 'this is a folder, not a file, so kuultu cannot read it.',
      },
      {
        expected: {
          fi: 'tämän niminen tiedosto, ei kansio',
          sv: 'en fil med det här namnet, inte en mapp',
          en: 'a file with this name, not a folder',
        },
        fix: {
          fi: 'siirrä kansion tiedostot oikeille paikoilleen ja poista tai nimeä kansio uudelleen',
          sv: 'flytta filerna i mappen dit de hör och ta bort eller byt namn på mappen',
          en: 'move the files inside it to where they belong, then delete or rename the folder',
        },
      },
    );
  }
  if (code === 'ENOENT' || code === 'ELOOP') {
    return error(
      at,
      'file.read',
      {
        fi: 'tämä on linkki tiedostoon, jota ei ole, joten kuultu ei voi lukea sitä.',
        sv: 'det här är en länk till en fil som inte finns, så kuultu kan inte läsa den.',
        en: 'this is a link to a file that is not there, so kuultu cannot read it.',
      },
      {
        expected: {
          fi: 'itse tiedosto, ei linkki',
          sv: 'själva filen, inte en länk',
          en: 'the file itself, not a link',
        },
        fix: {
          fi: 'tallenna tähän itse tiedosto tai poista linkki',
          sv: 'spara själva filen här eller ta bort länken',
          en: 'put the file itself here, or delete the link',
        },
      },
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return error(
      at,
      'file.read',
      {
        fi: 'kuultulla ei ole lupaa avata tätä tiedostoa.',
        sv: 'kuultu har inte behörighet att öppna den här filen.',
        en: 'kuultu is not allowed to open this file.',
      },
      {
        expected: {
          fi: 'tiedosto, jonka kaikki voivat lukea',
          sv: 'en fil som alla kan läsa',
          en: 'a file anyone can read',
        },
        fix: {
          fi: 'tarkista tiedoston käyttöoikeudet tai tallenna tiedosto uudelleen',
          sv: 'kontrollera filens behörigheter eller spara filen på nytt',
          en: 'check the file permissions, or save the file again',
        },
      },
    );
  }
  const reason = code ?? (cause instanceof Error ? cause.message : String(cause));
  return error(
    at,
    'file.read',
    {
      fi: `tiedostoa ei voi avata (${reason}).`,
      sv: `filen kan inte öppnas (${reason}).`,
      en: `the file cannot be opened (${reason}).`,
    },
    {
      expected: { fi: 'luettava tiedosto', sv: 'en läsbar fil', en: 'a readable file' },
      fix: {
        fi: 'tallenna tiedosto uudelleen; jos ongelma ei poistu, ilmoita siitä kuultun virheenä',
        sv: 'spara filen på nytt; om problemet kvarstår, rapportera det som ett fel i kuultu',
        en: 'save the file again; if the problem stays, report it as a bug in kuultu',
      },
    },
  );
}

/** Sorted by file, then line, then column, so a run's output reads top to bottom like the files. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0),
  );
}

export function location(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (p.line <= 0) return p.file;
  if (p.column <= 0) return `${p.file}:${p.line}`;
  return `${p.file}:${p.line}:${p.column}`;
}

/** 1 → A, 17 → Q, 27 → AA: the column as Excel's header shows it. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const ROW: Text = { fi: 'rivi', sv: 'rad', en: 'row' };
const COLUMN: Text = { fi: 'sarake', sv: 'kolumn', en: 'column' };

/**
 * Where an Excel user finds a CSV cell: `rivi 87, sarake Q, A-2026-016`. Empty for other files,
 * whose text lines are what an editor shows anyway.
 */
export function spreadsheetPlace(p: Pick<Problem, 'row' | 'column' | 'id'>, lang: Lang): string {
  if (p.row === undefined) return '';
  const parts = [`${ROW[lang]} ${p.row}`];
  if (p.column > 0) parts.push(`${COLUMN[lang]} ${columnLetter(p.column)}`);
  if (p.id) parts.push(p.id);
  return parts.join(', ');
}

/** `data/actions.csv:115:17 (rivi 87, sarake Q, A-2026-016)`: the text line, then the spreadsheet's place. */
export function placeOf(p: Pick<Problem, 'file' | 'line' | 'column' | 'row' | 'id'>, lang: Lang): string {
  const cell = spreadsheetPlace(p, lang);
  return cell ? `${location(p)} (${cell})` : location(p);
}

const LABELS = {
  warning: { fi: 'varoitus', sv: 'varning', en: 'warning' },
  expected: { fi: 'kelpaa', sv: 'godtas', en: 'expected' },
  fix: { fi: 'korjaus', sv: 'åtgärd', en: 'fix' },
} satisfies Record<string, Text>;

/** The human format of PRODUCT.md §5, in the author's language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const head = `${placeOf(p, lang)}  ${p.severity === 'warning' ? `${LABELS.warning[lang]}: ` : ''}${p.message[lang]}`;
  const lines = [head];
  if (p.expected) lines.push(`    ${LABELS.expected[lang]}: ${p.expected[lang]}`);
  if (p.fix) lines.push(`    ${LABELS.fix[lang]}: ${p.fix[lang]}`);
  return lines.join('\n');
}

/** `problems.map(formatIn('fi'))`. */
export function formatIn(lang: Lang): (p: Problem) => string {
  return (p) => formatProblem(p, lang);
}

/** One problem as JSON tools read it: the words in the chosen language, the Excel place spelled out. */
export function problemJson(p: Problem, lang: Lang): Record<string, unknown> {
  return {
    severity: p.severity,
    file: p.file,
    line: p.line,
    column: p.column,
    ...(p.row !== undefined ? { row: p.row, ...(p.column > 0 ? { columnLetter: columnLetter(p.column) } : {}) } : {}),
    ...(p.id ? { id: p.id } : {}),
    code: p.code,
    message: p.message[lang],
    ...(p.expected ? { expected: p.expected[lang] } : {}),
    ...(p.fix ? { fix: p.fix[lang] } : {}),
  };
}

function escapeAnnotationData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeAnnotationProperty(s: string): string {
  return escapeAnnotationData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A GitHub Actions workflow command, so the problem shows on the changed line of a pull request.
 * The line is the text line (what the diff shows); the spreadsheet's row and column lead the text.
 */
export function githubAnnotation(p: Problem, lang: Lang): string {
  const props = [`file=${escapeAnnotationProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.column > 0) props.push(`col=${p.column}`);
  const cell = spreadsheetPlace(p, lang);
  const text = [
    cell ? `(${cell}) ${p.message[lang]}` : p.message[lang],
    p.expected && `${LABELS.expected[lang]}: ${p.expected[lang]}`,
    p.fix && `${LABELS.fix[lang]}: ${p.fix[lang]}`,
  ]
    .filter(Boolean)
    .join('\n');
  return `::${p.severity} ${props.join(',')}::${escapeAnnotationData(text)}`;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
