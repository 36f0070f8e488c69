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
import { each, same, type Text } from '../core/lang.ts';
import { describeYamlValue, isNot, TYPE_NOUNS } from '../schemas/content-fields.ts';
import { didYouMean, didYouMeanText, fieldMeta, type IssueWords } from '../schemas/fields.ts';
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
const FRONTMATTER_EXAMPLE: Text = {
  fi: 'tiedosto alkaa rivillä ---, sitten tulevat rivit kuten title: …, ja sitten rivi ---',
  sv: 'filen börjar med raden ---, sedan rader som title: …, och sedan raden ---',
  en: 'the file starts with a line ---, then lines such as title: …, then a line ---',
};

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
        error(
          { file, line: 0, column: 0 },
          'frontmatter.missing',
          {
            fi: 'tiedostossa ei ole alkutietoja (frontmatter).',
            sv: 'filen har ingen frontmatter.',
            en: 'the file has no frontmatter.',
          },
          {
            expected: FRONTMATTER_EXAMPLE,
            fix: {
              fi: 'lisää alkutiedot tiedoston alkuun kahden rivin väliin, joilla kummallakin on vain ---',
              sv: 'lägg till frontmatter överst i filen, mellan två rader ---',
              en: 'add the frontmatter at the top of the file, between two lines of ---',
            },
          },
        ),
      ],
    };
  }
  if (first > 0) {
    return {
      problems: [
        error(
          { file, line: first + 1, column: 1 },
          'frontmatter.not-first',
          {
            fi: 'alkutiedot eivät ala tiedoston ensimmäiseltä riviltä.',
            sv: 'frontmatter börjar inte på första raden.',
            en: 'the frontmatter does not start on the first line.',
          },
          {
            expected: FRONTMATTER_EXAMPLE,
            fix: {
              fi: 'poista tyhjät rivit ensimmäisen rivin --- yläpuolelta',
              sv: 'ta bort de tomma raderna ovanför ---',
              en: 'remove the empty lines above ---',
            },
          },
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
          {
            fi: `rivi "${lines[close]!.slice(0, 40)}" alkaa kuin alkutiedot päättävä rivi ---, mutta jatkuu.`,
            sv: `raden "${lines[close]!.slice(0, 40)}" börjar som den avslutande raden --- men fortsätter.`,
            en: `the line "${lines[close]!.slice(0, 40)}" starts like the closing --- line but goes on.`,
          },
          {
            expected: {
              fi: 'alkutiedot päättyvät riviin, jolla on vain ---',
              sv: 'att frontmatter slutar med en rad som bara är ---',
              en: 'the frontmatter to end with a line that is exactly ---',
            },
            fix: {
              fi: 'kirjoita päättävä --- omalle rivilleen; arvo, joka alkaa merkeillä --- tai +++, kirjoitetaan lainausmerkkeihin',
              sv: 'skriv det avslutande --- på en egen rad; ett värde som börjar med --- eller +++ skrivs inom citattecken',
              en: 'put the closing --- on a line of its own; a value that starts with --- or +++ must be in quotes',
            },
          },
        ),
      ],
    };
  }
  if (close === -1) {
    return {
      problems: [
        error(
          { file, line: 1, column: 1 },
          'frontmatter.unclosed',
          {
            fi: 'alkutiedoilta puuttuu päättävä rivi ---.',
            sv: 'frontmatter saknar den avslutande raden ---.',
            en: 'the frontmatter has no closing --- line.',
          },
          {
            expected: FRONTMATTER_EXAMPLE,
            fix: {
              fi: 'lisää rivi --- viimeisen alkutietorivin jälkeen',
              sv: 'lägg till raden --- efter den sista nyckeln',
              en: 'add a line --- after the last frontmatter key',
            },
          },
        ),
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
    // A line indented with a tab also puts the lines after it out of line: the tab is the mistake.
    const errors = doc.errors.filter(
      (e, i) => !(e.code === 'BAD_INDENT' && doc.errors.slice(0, i).some((t) => t.code === 'TAB_AS_INDENT')),
    );
    const problems = errors.map((e) => yamlProblem(e.code, e.message, text, e.pos[0], positionOf(e.pos[0])));
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

const YAML_GENERIC_FIX: Text = {
  fi: 'kirjoita kukin avain omalle rivilleen muodossa avain: arvo, sisennä luettelon kohdat ("- ") avaimensa alle ja kirjoita teksti, jossa on ": " tai " #", lainausmerkkeihin',
  sv: 'skriv varje nyckel som nyckel: värde på en egen rad, dra in listpunkter ("- ") under sin nyckel och sätt text som innehåller ": " eller " #" inom citattecken',
  en: 'write each key as key: value on its own line, indent list items ("- ") under their key, and put text containing ": " or " #" in double quotes',
};

const NOT_YAML: Text = {
  fi: 'tämä rivi ei ole kelvollista YAMLia',
  sv: 'den här raden är inte giltig YAML',
  en: 'this line is not valid YAML',
};

/** The whole line of `text` that `offset` is on. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

function writeLine(line: string): Text {
  return { fi: `kirjoita rivi muotoon ${line}`, sv: `skriv raden som ${line}`, en: `write the line as ${line}` };
}

/** yaml's own messages are for programmers; the common mistakes get plain words. */
function yamlProblem(code: string, message: string, text: string, offset: number, at: SourcePosition): Problem {
  const words = YAML_WORDS[code];
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))?.[0]?.trim() ?? '';
    return error(
      at,
      'yaml.duplicate-key',
      {
        fi: `avain "${key}" on kirjoitettu kahdesti.`,
        sv: `nyckeln "${key}" står två gånger.`,
        en: `key "${key}" is written twice.`,
      },
      {
        expected: { fi: 'kukin avain kerran', sv: 'varje nyckel en gång', en: 'each key once' },
        fix: {
          fi: 'säilytä toinen ja poista toinen',
          sv: 'behåll den ena och ta bort den andra',
          en: 'keep one of them and delete the other',
        },
      },
    );
  }
  // The two slips of a hand-written line, told with the line as it should be.
  const line = lineAt(text, offset);
  const noSpace = /^\s*([\p{L}\p{N}_-]+):(?![\s/]|$)(.+)$/u.exec(line);
  if (noSpace) {
    const [, key, value] = noSpace;
    return error(
      at,
      'yaml.syntax',
      {
        fi: `${NOT_YAML.fi}: avaimen ${key} kaksoispisteen jälkeen ei ole välilyöntiä.`,
        sv: `${NOT_YAML.sv}: det saknas ett mellanslag efter kolonet i nyckeln ${key}.`,
        en: `${NOT_YAML.en}: there is no space after the colon of ${key}.`,
      },
      {
        expected: { fi: 'rivejä muodossa avain: arvo', sv: 'rader som nyckel: värde', en: 'key: value lines' },
        fix: writeLine(`${key}: ${value!.trim()}`),
      },
    );
  }
  const colon = code === 'BLOCK_AS_IMPLICIT_KEY' ? /^\s*([\p{L}\p{N}_-]+):\s+([^"'].*)$/u.exec(line) : null;
  if (colon) {
    const [, key, value] = colon;
    return error(
      at,
      'yaml.syntax',
      each((l) => `${NOT_YAML[l]}: ${YAML_WORDS[code]!.message[l]}.`),
      {
        expected: { fi: 'rivejä muodossa avain: arvo', sv: 'rader som nyckel: värde', en: 'key: value lines' },
        fix: writeLine(`${key}: "${value!.trim().replaceAll('"', '\\"')}"`),
      },
    );
  }
  // yaml calls an unclosed [ or { a bad indent of the next line; say what the author forgot.
  const unclosed = code === 'BAD_INDENT' ? /end with a ([\]}])/.exec(message)?.[1] : undefined;
  if (unclosed) {
    const list = unclosed === ']';
    const open = list ? '[' : '{';
    const example = list ? 'languages: [fi, sv, en]' : 'name: { fi: Kaupunki kuulee, sv: Staden lyssnar }';
    return error(
      at,
      'yaml.syntax',
      {
        fi: `${NOT_YAML.fi}: sen yläpuolella olevaa merkkiä ${open} ei ole suljettu merkillä ${unclosed}.`,
        sv: `${NOT_YAML.sv}: ett ${open} ovanför den stängs inte med ${unclosed}.`,
        en: `${NOT_YAML.en}: a ${open} above it is not closed with ${unclosed}.`,
      },
      {
        expected: list
          ? {
              fi: 'yhdelle riville kirjoitettu luettelo [a, b]',
              sv: 'en lista på en rad som [a, b]',
              en: 'a list written on one line as [a, b]',
            }
          : {
              fi: 'kielittäiset tekstit yhdellä rivillä muodossa { fi: …, sv: … }',
              sv: 'texter per språk på en rad som { fi: …, sv: … }',
              en: 'texts by language written on one line as { fi: …, sv: … }',
            },
        fix: {
          fi: `lisää puuttuva ${unclosed} yläpuolisen rivin loppuun, esim. ${example}`,
          sv: `lägg till det saknade ${unclosed} i slutet av raden ovanför, t.ex. ${example}`,
          en: `add the missing ${unclosed} at the end of the line above, e.g. ${example}`,
        },
      },
    );
  }
  const plain = message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
  const reason = words?.message ?? same(plain);
  return error(
    at,
    'yaml.syntax',
    each((l) => `${NOT_YAML[l]}: ${reason[l]}.`),
    {
      expected: { fi: 'rivejä muodossa avain: arvo', sv: 'rader som nyckel: värde', en: 'key: value lines' },
      fix: words?.fix ?? YAML_GENERIC_FIX,
    },
  );
}

const YAML_WORDS: Readonly<Record<string, { message: Text; fix: Text }>> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: { fi: 'arvossa on ": "', sv: 'ett värde innehåller ": "', en: 'a value contains ": "' },
    fix: {
      fi: 'kirjoita koko arvo lainausmerkkeihin, esim. title: "Kirjastot: uudet aukioloajat"',
      sv: 'sätt hela värdet inom citattecken, t.ex. title: "Kirjastot: uudet aukioloajat"',
      en: 'put the whole value in double quotes, e.g. title: "Kirjastot: uudet aukioloajat"',
    },
  },
  MISSING_CHAR: {
    message: {
      fi: 'lainausmerkkiä tai sulkua ei ole suljettu',
      sv: 'ett citattecken eller en parentes stängs inte',
      en: 'a quote or bracket is not closed',
    },
    fix: {
      fi: 'sulje lainausmerkki tai sulku samalla rivillä tai poista se',
      sv: 'stäng citattecknet eller parentesen på samma rad, eller ta bort det',
      en: 'close the quote or bracket on the same line, or remove it',
    },
  },
  BAD_INDENT: {
    message: {
      fi: 'sisennykset eivät ole linjassa',
      sv: 'indragen stämmer inte överens',
      en: 'the indentation does not line up',
    },
    fix: {
      fi: 'sisennä saman tason avaimet yhtä monella välilyönnillä (ei sarkaimilla)',
      sv: 'dra in nycklar på samma nivå med lika många mellanslag (inte tabbar)',
      en: 'indent keys of the same level by the same number of spaces (no tabs)',
    },
  },
  TAB_AS_INDENT: {
    message: { fi: 'se on sisennetty sarkaimella', sv: 'den är indragen med en tabb', en: 'it is indented with a tab' },
    fix: {
      fi: 'sisennä välilyönneillä, ei sarkaimilla',
      sv: 'dra in med mellanslag, inte tabbar',
      en: 'indent with spaces, not tabs',
    },
  },
  MULTILINE_IMPLICIT_KEY: {
    message: {
      fi: 'avain jatkuu kahdelle riville',
      sv: 'en nyckel går över två rader',
      en: 'a key runs over two lines',
    },
    fix: {
      fi: 'kirjoita avain ja arvon alku samalle riville',
      sv: 'skriv nyckeln och början av värdet på samma rad',
      en: 'write the key and the start of its value on one line',
    },
  },
  UNEXPECTED_TOKEN: {
    message: {
      fi: 'siinä on merkki, jota YAML ei odota tässä kohdassa',
      sv: 'den har ett tecken som YAML inte väntar sig här',
      en: 'it has a character YAML does not expect here',
    },
    fix: YAML_GENERIC_FIX,
  },
};

// ---------------------------------------------------------------------------------------------
// Validation

export interface ValidateYamlOptions {
  file: string;
  /** "a theme", "site.yaml": for "is not a key of …" (Finnish: the genitive, "teeman"). */
  what: Text;
  /** Where to point when a key is missing altogether (the opening ---, or 0 = the whole file). */
  blockLine: number;
  /** "the frontmatter" or "content/site.yaml": where the fix says to add a key. */
  where: YamlPlace;
  /**
   * For translations: the default-language schema and file. Its keys that the translation
   * schema lacks are taken from that file, so writing them here is a warning.
   */
  defaultsFrom?: DefaultsFrom;
}

/** The default-language file a translation takes its other keys from. */
export interface DefaultsFrom {
  schema: z.ZodType;
  file: string;
  lang: string;
  /** Its frontmatter as written, so a copied key with the same value passes in silence. */
  values?: Readonly<Record<string, unknown>>;
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

/** Where YAML is written, in the words of a fix: "add a line … to the frontmatter". */
export interface YamlPlace {
  /** "the frontmatter": the subject of "… is a list, not key: value lines." */
  name: Text;
  /** "to the frontmatter": where a line is added. */
  into: Text;
}

export const FRONTMATTER_PLACE: YamlPlace = {
  name: { fi: 'alkutiedot', sv: 'frontmatter', en: 'the frontmatter' },
  into: { fi: 'alkutietoihin', sv: 'i frontmatter', en: 'to the frontmatter' },
};

export function filePlace(file: string): YamlPlace {
  return { name: same(file), into: { fi: `tiedostoon ${file}`, sv: `i ${file}`, en: `to ${file}` } };
}

const ITEM: Text = { fi: 'kohta', sv: 'punkt', en: 'item' };

/** `agenda item 3`, `questions.maku`, `accessibility.status`: the key as the author sees it. */
export function keyLabel(path: readonly PropertyKey[]): Text {
  return each((l) => {
    let label = '';
    for (const key of path) {
      if (typeof key === 'number') label += ` ${ITEM[l]} ${key + 1}`;
      else {
        const name = /^[\p{L}\p{N}_-]+$/u.test(String(key)) ? String(key) : JSON.stringify(String(key));
        label += label === '' ? name : `.${name}`;
      }
    }
    return label;
  });
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
    const d = describeYamlValue(written);
    const where = opts.where.name;
    return error(
      at,
      'frontmatter.type',
      {
        fi: `${where.fi}: ${d.fi}, ei avain: arvo -rivejä.`,
        sv: `${where.sv} är ${d.sv}, inte rader med nyckel: värde.`,
        en: `${where.en} is ${d.en}, not key: value lines.`,
      },
      {
        expected: FRONTMATTER_EXAMPLE,
        fix: {
          fi: 'kirjoita yksi avain: arvo kullekin riville',
          sv: 'skriv en nyckel: värde per rad',
          en: 'write one key: value per line',
        },
      },
    );
  }
  if (written === undefined && (params?.code === 'required' || issue.code === 'invalid_type'))
    return missingKey(issue.path, schema, at, opts);
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NOUNS[issue.expected] ?? same(issue.expected);
    const meta = fieldMeta(fieldAt(schema, issue.path) ?? z.never());
    const shown = typeof written === 'string' ? ` "${truncate(written)}"` : '';
    const predicate = isNot(written, expected);
    return error(
      at,
      'frontmatter.type',
      each((l) => `${label[l]}${shown} ${predicate[l]}`),
      {
        expected: meta?.kindText ?? expected,
        fix:
          issue.expected === 'string'
            ? {
                fi: `kirjoita ${label.fi} yhdelle riville kaksoispisteen jälkeen, lainausmerkeissä, jos tekstissä on ": "`,
                sv: `skriv ${label.sv} som en rad text efter kolonet, inom citattecken om den innehåller ": "`,
                en: `write ${label.en} as one line of text after the colon, in double quotes if it contains ": "`,
              }
            : {
                fi: `kirjoita ${expected.fi} avaimen ${label.fi} alle`,
                sv: `skriv ${expected.sv} under ${label.sv}`,
                en: `write ${expected.en} under ${label.en}`,
              },
      },
    );
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
  const parent = path.length > 1 ? keyLabel(path.slice(0, -1)) : undefined;
  const meta = fieldMeta(fieldAt(schema, path) ?? z.never());
  const from = opts.defaultsFrom;
  if (from && !parent) {
    // Without its own title a translation would show the default language's under this
    // language's page, as if translated: the author almost certainly forgot it.
    return error(
      at,
      'key.missing',
      {
        fi: `käännöksestä puuttuu "${key}", joten tällä sivulla näkyisi kielen ${from.lang} ${key} ikään kuin se olisi käännetty.`,
        sv: `översättningen saknar "${key}", så den här sidan skulle visa ${key} på ${from.lang} som om den var översatt.`,
        en: `the translation has no "${key}", so this page would show the ${from.lang} ${key} as if it were translated.`,
      },
      {
        expected: meta
          ? {
              fi: `${key}: ${meta.kindText.fi} (${meta.doc.fi}), tämän tiedoston kielellä`,
              sv: `${key}: ${meta.kindText.sv} (${meta.doc.sv}), på den här filens språk`,
              en: `${key}: ${meta.kindText.en} (${meta.doc.en}), in the language of this file`,
            }
          : undefined,
        fix: {
          fi: `lisää rivi "${key}: …", jolla on käännetty ${key} (kielen ${from.lang} versio on tiedostossa ${from.file}); jos sivua ei ole vielä käännetty, poista tämä tiedosto, niin kielen ${from.lang} sivu näytetään merkinnällä "ei käännetty"`,
          sv: `lägg till raden "${key}: …" med översatt ${key} (den på ${from.lang} finns i ${from.file}); om sidan inte är översatt ännu, ta bort den här filen så visas sidan på ${from.lang} med en notis om att den inte är översatt`,
          en: `add a line "${key}: …" with the translated ${key} (the ${from.lang} one is in ${from.file}); if the page is not translated yet, delete this file and the ${from.lang} page is shown with a "not translated" note`,
        },
      },
    );
  }
  const message: Text = parent
    ? {
        fi: `pakollinen avain "${key}" puuttuu avaimen ${parent.fi} alta.`,
        sv: `den obligatoriska nyckeln "${key}" saknas under ${parent.sv}.`,
        en: `the required key "${key}" is missing under ${parent.en}.`,
      }
    : {
        fi: `pakollinen avain "${key}" puuttuu.`,
        sv: `den obligatoriska nyckeln "${key}" saknas.`,
        en: `the required key "${key}" is missing.`,
      };
  const fix: Text = parent
    ? {
        fi: `lisää rivi "${key}: …" sisennettynä avaimen ${parent.fi}: alle`,
        sv: `lägg till raden "${key}: …" indragen under ${parent.sv}:`,
        en: `add a line "${key}: …" indented under ${parent.en}:`,
      }
    : {
        fi: `lisää rivi "${key}: …" ${opts.where.into.fi}`,
        sv: `lägg till raden "${key}: …" ${opts.where.into.sv}`,
        en: `add a line "${key}: …" ${opts.where.into.en}`,
      };
  return error(at, 'key.missing', message, {
    expected: meta ? each((l) => `${key}: ${meta.kindText[l]} (${meta.doc[l]})`) : undefined,
    fix,
  });
}

/** A YAML value as the author wrote it, for quoting in a message. */
function quoted(v: unknown): string {
  return `"${truncate(typeof v === 'string' ? v : JSON.stringify(v))}"`;
}

/**
 * Whether a translation's copy of a default-language key says the same: as written, or as the
 * field reads it (`12.10.2025` and `2025-10-12` are one date). Copying the default file is the
 * natural way to start a translation, so a repeated key with the same value is no mistake.
 */
function sameValue(type: z.ZodType | undefined, translated: unknown, original: unknown): boolean {
  if (JSON.stringify(translated) === JSON.stringify(original)) return true;
  if (!type) return false;
  const a = type.safeParse(translated);
  const b = type.safeParse(original);
  return a.success && b.success && JSON.stringify(a.data) === JSON.stringify(b.data);
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
  const from = path.length === 0 ? opts.defaultsFrom : undefined;
  const defaultShape = from ? (objectShape(from.schema) ?? {}) : {};
  const problems: Problem[] = [];
  for (const [key, v] of Object.entries(value)) {
    const keyPath = [...path, key];
    const at = parsed.positions[keyPath.join('.')] ?? { file: opts.file, line: opts.blockLine, column: 0 };
    const label = keyLabel(keyPath);
    if (known.includes(key)) {
      problems.push(...keyWarnings(v, shape[key]!, parsed, opts, keyPath));
    } else if (from && key in defaultShape) {
      const original = from.values?.[key];
      if (from.values && sameValue(defaultShape[key], v, original)) continue;
      const theirs = original === undefined ? undefined : quoted(original);
      problems.push(
        warning(
          at,
          'key.from-default',
          theirs
            ? {
                fi: `${label.fi} ${quoted(v)} poikkeaa kielen ${from.lang} tiedoston arvosta ${theirs}: kuultu käyttää kielen ${from.lang} arvoa, joten tämä jätetään huomiotta.`,
                sv: `${label.sv} ${quoted(v)} skiljer sig från värdet ${theirs} i filen på ${from.lang}: kuultu använder värdet på ${from.lang}, så det här lämnas utan avseende.`,
                en: `${label.en} ${quoted(v)} differs from ${theirs} in the ${from.lang} file: kuultu uses the ${from.lang} value, so this one is ignored.`,
              }
            : {
                fi: `${label.fi} ${quoted(v)} otetaan kielen ${from.lang} tiedostosta, joten se jätetään tässä huomiotta.`,
                sv: `${label.sv} ${quoted(v)} tas från filen på ${from.lang}, så det lämnas utan avseende här.`,
                en: `${label.en} ${quoted(v)} is taken from the ${from.lang} file, so it is ignored here.`,
              },
          {
            expected: {
              fi: `tässä vain käännettävät avaimet: ${known.join(', ')}, tai sama arvo kuin tiedostossa ${from.file}`,
              sv: `här bara de nycklar som översätts: ${known.join(', ')}, eller samma värde som i ${from.file}`,
              en: `only the translatable keys here: ${known.join(', ')}, or the same value as in ${from.file}`,
            },
            fix: {
              fi: `poista rivi tästä tai korjaa arvo tiedostossa ${from.file}, jos se on siellä väärin`,
              sv: `ta bort raden här, eller rätta värdet i ${from.file} om det är fel där`,
              en: `remove it here, or change it in ${from.file} if the value there is wrong`,
            },
          },
        ),
      );
    } else {
      const guess = didYouMean(key, known);
      const of = path.length ? keyLabel(path) : opts.what;
      problems.push(
        warning(
          at,
          'key.unknown',
          path.length
            ? {
                fi: `avain "${label.fi}" ei kuulu avaimen ${of.fi} alle, joten se jätetään huomiotta.`,
                sv: `nyckeln "${label.sv}" hör inte till ${of.sv}, så den lämnas utan avseende.`,
                en: `key "${label.en}" is not a key of ${of.en}, so it is ignored.`,
              }
            : {
                fi: `avain "${label.fi}" ei ole ${of.fi} avain, joten se jätetään huomiotta.`,
                sv: `nyckeln "${label.sv}" är inte en nyckel i ${of.sv}, så den lämnas utan avseende.`,
                en: `key "${label.en}" is not a key of ${of.en}, so it is ignored.`,
              },
          {
            expected: same(known.join(', ')),
            fix: guess
              ? each((l) => `${didYouMeanText(guess)[l]} ${RENAME_KEY[l]}`)
              : {
                  fi: 'nimeä avain uudelleen tai poista se, jos sitä ei tarvita',
                  sv: 'byt namn på nyckeln, eller ta bort den om den inte behövs',
                  en: 'rename the key, or delete it if it is not needed',
                },
          },
        ),
      );
    }
  }
  return problems;
}

const RENAME_KEY: Text = {
  fi: 'Nimeä avain uudelleen tai poista se',
  sv: 'Byt namn på nyckeln eller ta bort den',
  en: 'Rename the key, or delete it',
};

/** A value wholly inside typographic quotes, as Word and Outlook write "…" when text is copied from them. */
const TYPOGRAPHIC_QUOTED = /^([“”„«»‘’‚])([\s\S]*[^\s])([“”«»‘’])$/u;

/**
 * Every text value of the YAML wholly inside typographic quotes (`title: ”Kirjastot”`): YAML reads
 * only " and ' as quotes, so the page would show the quotes as part of the title.
 */
function typographicQuotes(
  value: unknown,
  parsed: ParsedYaml,
  opts: ValidateYamlOptions,
  path: PropertyKey[] = [],
): Problem[] {
  if (typeof value === 'string') {
    const m = TYPOGRAPHIC_QUOTED.exec(value);
    if (!m || /[“”„«»‘’‚]/u.test(m[2]!)) return [];
    const [, open, inner, close] = m;
    const at = parsed.positions[path.map(String).join('.')] ?? { file: opts.file, line: opts.blockLine, column: 0 };
    const key = keyLabel(path);
    const straight = `"${inner!.replaceAll('"', '\\"')}"`;
    return [
      warning(
        at,
        'yaml.typographic-quotes',
        {
          fi: `${key.fi} on typografisissa lainausmerkeissä (${open}…${close}), joita YAML ei lue lainausmerkeiksi: ne näkyisivät sivulla.`,
          sv: `${key.sv} står inom typografiska citattecken (${open}…${close}), som YAML inte läser som citattecken: de skulle synas på sidan.`,
          en: `${key.en} is in typographic quotes (${open}…${close}), which YAML does not read as quotes: they would show on the page.`,
        },
        {
          expected: {
            fi: 'teksti ilman lainausmerkkejä tai suorissa lainausmerkeissä "…"',
            sv: 'text utan citattecken eller inom raka citattecken "…"',
            en: 'text without quotes, or in straight quotes "…"',
          },
          fix: {
            fi: `kirjoita ${straight} suorin lainausmerkein (ne tulevat näppäimistöltä, eivät tekstinkäsittelyohjelmasta kopioimalla)`,
            sv: `skriv ${straight} med raka citattecken (de kommer från tangentbordet, inte från en kopia ur ett ordbehandlingsprogram)`,
            en: `write ${straight} with straight quotes (as the keyboard types them, not copied from a word processor)`,
          },
        },
      ),
    ];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => typographicQuotes(v, parsed, opts, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => typographicQuotes(v, parsed, opts, [...path, k]));
  return [];
}

/** Runs `schema` over parsed YAML; data is given only when there is no error. */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  opts: ValidateYamlOptions,
): { data?: z.output<S>; problems: Problem[] } {
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const problems = [
    ...keyWarnings(parsed.value, schema, parsed, opts),
    ...typographicQuotes(parsed.value, parsed, opts),
  ];
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
  /** The frontmatter as written (every scalar a string), for comparing a translation's copied keys. */
  values?: Readonly<Record<string, unknown>>;
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
  const result = validateYaml(schema, parsed, { ...opts, blockLine: 1, where: FRONTMATTER_PLACE });
  const values =
    parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)
      ? (parsed.value as Record<string, unknown>)
      : undefined;
  return {
    data: result.data,
    positions: parsed.positions,
    ...(values ? { values } : {}),
    body: block.body,
    bodyLine: block.bodyLine,
    problems: result.problems,
  };
}
