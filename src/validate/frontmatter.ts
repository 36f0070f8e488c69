/**
 * Frontmatter and site.yaml: splits the `---` block off an MDX file, parses the YAML with every
 * key's line and column, runs a schema, and turns each zod issue into a Problem at the key it
 * concerns (PRODUCT.md §5: "for MDX, the frontmatter key's line"). The wording comes from the
 * same `issueMessage` as CSV cells, so `members "many" is not a whole number.` reads alike in
 * both.
 */
import * as z from 'zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { SourcePosition } from '../schemas/project.ts';
import { describeYamlValue } from '../schemas/content-fields.ts';
import { didYouMean, fieldMeta, type IssueWords } from '../schemas/fields.ts';
import { truncate } from '../core/text.ts';
import { issueMessage } from './rows.ts';
import { error, warning, type Problem } from '../core/problem.ts';

// ---------------------------------------------------------------------------------------------
// Splitting

export interface FrontmatterBlock {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** 1-based line in the file of the YAML's first line. */
  yamlLine: number;
  /** Everything after the closing `---`. */
  body: string;
  /** 1-based line in the file of the body's first line. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;
const FRONTMATTER_EXAMPLE = 'the file starts with a line ---, then lines such as title: …, then a line ---';

/** Windows editors save CRLF and a BOM; neither may shift a line number or break the fence. */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontmatter(source: string, file: string): { block?: FrontmatterBlock; problems: Problem[] } {
  const lines = normalizeSource(source).split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1 || !FENCE.test(lines[first]!)) {
    return {
      problems: [
        error({ file, line: 0, column: 0 }, 'frontmatter.missing', 'the file has no frontmatter.', {
          expected: FRONTMATTER_EXAMPLE,
          fix: 'add the frontmatter at the top of the file, between two lines of ---',
        }),
      ],
    };
  }
  if (first > 0) {
    return {
      problems: [
        error(
          { file, line: first + 1, column: 1 },
          'frontmatter.not-first',
          'the frontmatter does not start on the first line.',
          { expected: FRONTMATTER_EXAMPLE, fix: 'remove the empty lines above ---' },
        ),
      ],
    };
  }
  // Astro ends the frontmatter at the first later line that merely *starts* with --- or +++, and
  // compiles the rest of that line as MDX. Checking a different split than Astro compiles would
  // let `---x: {code}` past the MDX check, so such a line is an error of its own.
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\+\+\+)/.test(l));
  if (close !== -1 && !FENCE.test(lines[close]!)) {
    return {
      problems: [
        error(
          { file, line: close + 1, column: 1 },
          'frontmatter.fence',
          `the line "${lines[close]!.slice(0, 40)}" starts like the closing --- line but goes on.`,
          {
            expected: 'the frontmatter to end with a line that is exactly ---',
            fix: 'put the closing --- on a line of its own; a value that starts with --- or +++ must be in quotes',
          },
        ),
      ],
    };
  }
  if (close === -1) {
    return {
      problems: [
        error({ file, line: 1, column: 1 }, 'frontmatter.unclosed', 'the frontmatter has no closing --- line.', {
          expected: FRONTMATTER_EXAMPLE,
          fix: 'add a line --- after the last frontmatter key',
        }),
      ],
    };
  }
  return {
    block: {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
    problems: [],
  };
}

// ---------------------------------------------------------------------------------------------
// YAML with positions

export interface ParsedYaml {
  /** The plain value; every scalar is a string (see `parseYaml`). */
  value: unknown;
  /** Dotted path → where it was written: `title`, `questions.maku`, `agenda.2` (0-based). */
  positions: Record<string, SourcePosition>;
  problems: Problem[];
}

export interface YamlAt {
  file: string;
  /** 1-based line of the YAML's first line in the file. */
  firstLine: number;
}

/**
 * Parses with yaml's failsafe schema, so every scalar stays the string the author typed:
 * `12.10.2025`, `2025-10-12`, `18.00` (a float in YAML 1.2 core) and `0100` reach the field
 * parsers as written, and there is one date and one number parser for CSV and frontmatter alike.
 */
export function parseYaml(text: string, at: YamlAt): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    version: '1.2',
    schema: 'failsafe',
    prettyErrors: false,
    uniqueKeys: true,
  });
  const positionOf = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { file: at.file, line: p.line + at.firstLine - 1, column: p.col };
  };
  if (doc.errors.length > 0) {
    // One YAML mistake often trips several parser errors on the same line; the first says it best.
    const problems = doc.errors.map((e) => yamlProblem(e.code, e.message, text, e.pos[0], positionOf(e.pos[0])));
    return {
      value: undefined,
      positions: {},
      problems: problems.filter((p, i) => problems.findIndex((q) => q.line === p.line) === i),
    };
  }
  const positions: Record<string, SourcePosition> = {};
  collectPositions(doc.contents, [], positions, positionOf);
  return { value: doc.toJS({ maxAliasCount: 50 }) ?? {}, positions, problems: [] };
}

function collectPositions(
  node: unknown,
  path: string[],
  out: Record<string, SourcePosition>,
  positionOf: (offset: number) => SourcePosition,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const keyPath = [...path, key];
      if (pair.key.range) out[keyPath.join('.')] = positionOf(pair.key.range[0]);
      collectPositions(pair.value, keyPath, out, positionOf);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const itemPath = [...path, String(i)];
      const range = (item as YamlNode | null)?.range;
      if (range) out[itemPath.join('.')] = positionOf(range[0]);
      collectPositions(item, itemPath, out, positionOf);
    });
  }
}

const YAML_GENERIC_FIX =
  'write each key as key: value on its own line, indent list items ("- ") under their key, and put text containing ": " or " #" in double quotes';

/** yaml's own messages are for programmers; the common mistakes get plain words. */
function yamlProblem(code: string, message: string, text: string, offset: number, at: SourcePosition): Problem {
  const words = YAML_WORDS[code];
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? '';
    return error(at, 'yaml.duplicate-key', `key "${key}" is written twice.`, {
      expected: 'each key once',
      fix: 'keep one of them and delete the other',
    });
  }
  // yaml calls an unclosed [ or { a bad indent of the next line; say what the author forgot.
  const unclosed = code === 'BAD_INDENT' ? /end with a ([\]}])/.exec(message)?.[1] : undefined;
  if (unclosed) {
    const list = unclosed === ']';
    return error(
      at,
      'yaml.syntax',
      `this line is not valid YAML: a ${list ? '[' : '{'} above it is not closed with ${unclosed}.`,
      {
        expected: list
          ? 'a list written on one line as [a, b]'
          : 'texts by language written on one line as { fi: …, sv: … }',
        fix: `add the missing ${unclosed} at the end of the line above, e.g. ${list ? 'languages: [fi, sv, en]' : 'name: { fi: Kaupunki kuulee, sv: Staden lyssnar }'}`,
      },
    );
  }
  const plain = message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
  return error(at, 'yaml.syntax', `this line is not valid YAML: ${words?.message ?? plain}.`, {
    expected: 'key: value lines',
    fix: words?.fix ?? YAML_GENERIC_FIX,
  });
}

const YAML_WORDS: Readonly<Record<string, { message: string; fix: string }>> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'a value contains ": "',
    fix: 'put the whole value in double quotes, e.g. title: "Kirjastot: uudet aukioloajat"',
  },
  MISSING_CHAR: {
    message: 'a quote or bracket is not closed',
    fix: 'close the quote or bracket on the same line, or remove it',
  },
  BAD_INDENT: {
    message: 'the indentation does not line up',
    fix: 'indent keys of the same level by the same number of spaces (no tabs)',
  },
  TAB_AS_INDENT: { message: 'it is indented with a tab', fix: 'indent with spaces, not tabs' },
  MULTILINE_IMPLICIT_KEY: {
    message: 'a key runs over two lines',
    fix: 'write the key and the start of its value on one line',
  },
  UNEXPECTED_TOKEN: { message: 'it has a character YAML does not expect here', fix: YAML_GENERIC_FIX },
};

// ---------------------------------------------------------------------------------------------
// Validation

export interface ValidateYamlOptions {
  file: string;
  /** "a theme", "site.yaml": for "is not a key of …". */
  what: string;
  /** Where to point when a key is missing altogether (the opening ---, or 0 = the whole file). */
  blockLine: number;
  /** "the frontmatter" or "content/site.yaml": where the fix says to add a key. */
  where: string;
  /**
   * For translations: the default-language schema and file. Its keys that the translation
   * schema lacks are taken from that file, so writing them here is a warning.
   */
  defaultsFrom?: { schema: z.ZodType; file: string; lang: string };
}

/** The z.object behind refinements, transforms and optional wrappers, if any. */
export function objectShape(type: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  if (type instanceof z.ZodObject) return type.shape as Record<string, z.ZodType>;
  if (type instanceof z.ZodPipe) return objectShape(type.in as z.ZodType);
  if (type instanceof z.ZodOptional || type instanceof z.ZodDefault) return objectShape(type.unwrap() as z.ZodType);
  return undefined;
}

/** Dotted key → schema, for the field's description in "missing key" messages. */
function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let type: z.ZodType | undefined = schema;
  for (const key of path) {
    const shape: Readonly<Record<string, z.ZodType>> | undefined = type ? objectShape(type) : undefined;
    type = shape?.[String(key)];
  }
  return type;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(key)];
  }
  return v;
}

/** `agenda item 3`, `questions.maku`, `accessibility.status`: the key as the author sees it. */
export function keyLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (const key of path) {
    if (typeof key === 'number') label += ` item ${key + 1}`;
    else {
      const name = /^[\p{L}\p{N}_-]+$/u.test(String(key)) ? String(key) : JSON.stringify(String(key));
      label += label === '' ? name : `.${name}`;
    }
  }
  return label;
}

/** The position of the deepest key of `path` that was written (a missing key points at its parent). */
function positionAt(
  positions: ParsedYaml['positions'],
  path: readonly PropertyKey[],
  fallback: SourcePosition,
): SourcePosition {
  for (let n = path.length; n > 0; n--) {
    const p = positions[path.slice(0, n).map(String).join('.')];
    if (p) return p;
  }
  return fallback;
}

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  object: 'a group of keys',
  array: 'a list',
  record: 'a group of keys',
};

function issueToProblem(
  issue: z.core.$ZodIssue,
  parsed: ParsedYaml,
  schema: z.ZodType,
  opts: ValidateYamlOptions,
): Problem {
  const blockAt: SourcePosition = { file: opts.file, line: opts.blockLine, column: opts.blockLine > 0 ? 1 : 0 };
  const at = positionAt(parsed.positions, issue.path, blockAt);
  const label = keyLabel(issue.path);
  const written = valueAt(parsed.value, issue.path);
  const params = (issue.code === 'custom' ? issue.params : undefined) as IssueWords | undefined;
  if (issue.path.length === 0) {
    return error(at, 'frontmatter.type', `${opts.where} is ${describeYamlValue(written)}, not key: value lines.`, {
      expected: FRONTMATTER_EXAMPLE,
      fix: 'write one key: value per line',
    });
  }
  if (written === undefined && (params?.code === 'required' || issue.code === 'invalid_type'))
    return missingKey(issue.path, schema, at, opts);
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NOUNS[issue.expected] ?? issue.expected;
    const meta = fieldMeta(fieldAt(schema, issue.path) ?? z.never());
    const shown = typeof written === 'string' ? ` "${truncate(written)}"` : '';
    return error(at, 'frontmatter.type', `${label}${shown} is ${describeYamlValue(written)}, not ${expected}.`, {
      expected: meta?.kind ?? expected,
      fix:
        expected === 'text'
          ? `write ${label} as one line of text after the colon, in double quotes if it contains ": "`
          : `write ${expected} under ${label}`,
    });
  }
  const { message, words } = issueMessage(label, issue);
  return error(at, words.code ?? issue.code, message, { expected: words.expected, fix: words.fix });
}

function missingKey(
  path: readonly PropertyKey[],
  schema: z.ZodType,
  at: SourcePosition,
  opts: ValidateYamlOptions,
): Problem {
  const key = String(path[path.length - 1]);
  const parent = keyLabel(path.slice(0, -1));
  const meta = fieldMeta(fieldAt(schema, path) ?? z.never());
  const from = opts.defaultsFrom;
  if (from && !parent) {
    // Without its own title a translation would show the default language's under this
    // language's page, as if translated: the author almost certainly forgot it.
    return error(
      at,
      'key.missing',
      `the translation has no "${key}", so this page would show the ${from.lang} ${key} as if it were translated.`,
      {
        expected: meta ? `${key}: ${meta.kind} (${meta.doc.en}), in the language of this file` : undefined,
        fix: `add a line "${key}: …" with the translated ${key} (the ${from.lang} one is in ${from.file}); if the page is not translated yet, delete this file and the ${from.lang} page is shown with a "not translated" note`,
      },
    );
  }
  const message = parent
    ? `the required key "${key}" is missing under ${parent}.`
    : `the required key "${key}" is missing.`;
  const fix = parent ? `add a line "${key}: …" indented under ${parent}:` : `add a line "${key}: …" to ${opts.where}`;
  return error(at, 'key.missing', message, {
    expected: meta ? `${key}: ${meta.kind} (${meta.doc.en})` : undefined,
    fix,
  });
}

/** Unknown keys are ignored with a warning, as unknown CSV columns are. */
function keyWarnings(
  value: unknown,
  schema: z.ZodType,
  parsed: ParsedYaml,
  opts: ValidateYamlOptions,
  path: string[] = [],
): Problem[] {
  const shape = objectShape(schema);
  if (!shape || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const known = Object.keys(shape);
  const defaultKeys =
    path.length === 0 && opts.defaultsFrom ? Object.keys(objectShape(opts.defaultsFrom.schema) ?? {}) : [];
  const problems: Problem[] = [];
  for (const [key, v] of Object.entries(value)) {
    const keyPath = [...path, key];
    const at = parsed.positions[keyPath.join('.')] ?? { file: opts.file, line: opts.blockLine, column: 0 };
    if (known.includes(key)) {
      problems.push(...keyWarnings(v, shape[key]!, parsed, opts, keyPath));
    } else if (defaultKeys.includes(key) && opts.defaultsFrom) {
      const shown = typeof v === 'string' ? ` "${truncate(v)}"` : '';
      problems.push(
        warning(
          at,
          'key.from-default',
          `${keyLabel(keyPath)}${shown} is taken from the ${opts.defaultsFrom.lang} file, so it is ignored here.`,
          {
            expected: `only the translatable keys here: ${known.join(', ')}`,
            fix: `remove it here; change it in ${opts.defaultsFrom.file} if needed`,
          },
        ),
      );
    } else {
      const guess = didYouMean(key, known);
      problems.push(
        warning(
          at,
          'key.unknown',
          `key "${keyLabel(keyPath)}" is not a key of ${path.length ? keyLabel(path) : opts.what}, so it is ignored.`,
          {
            expected: known.join(', '),
            fix: guess
              ? `did you mean "${guess}"? Rename the key, or delete it`
              : 'rename the key, or delete it if it is not needed',
          },
        ),
      );
    }
  }
  return problems;
}

/** Runs `schema` over parsed YAML; data is given only when there is no error. */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  opts: ValidateYamlOptions,
): { data?: z.output<S>; problems: Problem[] } {
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const problems = keyWarnings(parsed.value, schema, parsed, opts);
  const result = schema.safeParse(parsed.value);
  if (result.success) return { data: result.data, problems };
  return {
    problems: [...problems, ...result.error.issues.map((issue) => issueToProblem(issue, parsed, schema, opts))],
  };
}

// ---------------------------------------------------------------------------------------------
// MDX files

export interface FrontmatterResult<T> {
  data?: T;
  positions: Record<string, SourcePosition>;
  /** The MDX after the frontmatter, and the line it starts on; absent when there is no frontmatter. */
  body?: string;
  bodyLine: number;
  problems: Problem[];
}

export function readFrontmatter<S extends z.ZodType>(
  source: string,
  schema: S,
  opts: Omit<ValidateYamlOptions, 'blockLine' | 'where'>,
): FrontmatterResult<z.output<S>> {
  const { block, problems } = splitFrontmatter(source, opts.file);
  if (!block) return { positions: {}, bodyLine: 0, problems };
  const parsed = parseYaml(block.yaml, { file: opts.file, firstLine: block.yamlLine });
  const result = validateYaml(schema, parsed, { ...opts, blockLine: 1, where: 'the frontmatter' });
  return {
    data: result.data,
    positions: parsed.positions,
    body: block.body,
    bodyLine: block.bodyLine,
    problems: result.problems,
  };
}
