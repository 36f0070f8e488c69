/**
 * Checks that need two files at once: a slug that must name something that exists, and ids
 * that must be unique across every file of a kind. Each message says where the other half is.
 */
import type { Text } from '../core/lang.ts';
import { didYouMean, editDistance, ID_PATTERN, slugify } from '../schemas/fields.ts';
import { error, type Problem, type ProblemAt } from '../core/problem.ts';

export interface Reference {
  /** The value written, e.g. a theme slug. */
  value: string;
  at: ProblemAt;
  /** The column or key as the author sees it, e.g. `theme`, `themes`, `body`. */
  key: string;
}

export interface Target {
  /** For the problem's code: `theme` → `ref.theme`. */
  code: string;
  /** "a theme" / "teema": for "is not a theme that exists". */
  noun: Text;
  /** Finnish genitive, "teeman": for "ei ole minkään teeman tunnus" (is no theme's id). */
  genitive: string;
  /** "themes" / "teemoja": for "there are 12 themes". */
  plural: Text;
  /** Where such things are defined, for the fix: `content/themes/fi/<slug>.mdx`. */
  definedIn: (slug: string) => Text;
  /** What such an id is, for a value that cannot be one ("nuorisovaltuusto 14.3.2024"): "the name of its file without .mdx". */
  idIs: Text;
  known: ReadonlySet<string>;
  /** Slug → its title or name in the default language, so a reference written as the title is recognised. */
  titles?: ReadonlyMap<string, string>;
}

/** How many of the nearest candidates a message lists. */
const NEAREST = 3;

/** Lower case, without accents and punctuation: "Lasten parlamentti" and "lasten-parlamentti" compare equal. */
function fold(t: string): string {
  return slugify(t.trim().toLowerCase());
}

/**
 * The slug the author most likely meant: the one whose title was written (`Kirjastot` →
 * kirjastot), else the one closest by spelling to the slug or to its title.
 */
export function meantSlug(value: string, target: Target): string | undefined {
  const v = fold(value);
  if (v === '') return undefined;
  for (const slug of target.known) if (fold(slug) === v) return slug;
  for (const [slug, title] of target.titles ?? []) if (target.known.has(slug) && fold(title) === v) return slug;
  const sorted = [...target.known].sort();
  const bySlug = didYouMean(v, sorted.map(fold));
  if (bySlug !== undefined) return sorted.find((s) => fold(s) === bySlug);
  const titled = sorted.filter((s) => target.titles?.has(s));
  const byTitle = didYouMean(
    v,
    titled.map((s) => fold(target.titles!.get(s)!)),
  );
  return byTitle === undefined ? undefined : titled.find((s) => fold(target.titles!.get(s)!) === byTitle);
}

/** The candidates nearest to what was written, by the spelling of the slug or of its title. */
export function nearest(value: string, target: Target, n = NEAREST): string[] {
  const v = fold(value);
  const distance = (slug: string): number => {
    const title = target.titles?.get(slug);
    return Math.min(editDistance(v, fold(slug)), title === undefined ? Infinity : editDistance(v, fold(title)));
  };
  return [...target.known]
    .map((slug) => ({ slug, d: distance(slug) }))
    .sort((a, b) => a.d - b.d || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, n)
    .map((c) => c.slug);
}

/** `kirjastot — Kirjastot`: the slug to write, and the title the author knows it by. */
function named(slug: string, target: Target): string {
  const title = target.titles?.get(slug);
  return title && title !== slug ? `${slug} — ${title}` : slug;
}

export function checkReference(ref: Reference, target: Target): Problem | undefined {
  if (target.known.has(ref.value)) return undefined;
  const count = target.known.size;
  const guess = meantSlug(ref.value, target);
  const close = nearest(ref.value, target).map((slug) => named(slug, target));
  const list = close.join(', ');
  const written = `${ref.key} "${ref.value}"`;
  return error(
    ref.at,
    `ref.${target.code}`,
    {
      fi: `${written} ei ole minkään ${target.genitive} tunnus.`,
      sv: `${written} är inte ${target.noun.sv} som finns.`,
      en: `${written} is not ${target.noun.en} that exists.`,
    },
    {
      expected:
        count === 0
          ? {
              fi: `${target.noun.fi}, mutta niitä ei ole vielä yhtään`,
              sv: `${target.noun.sv}, men det finns inga ännu`,
              en: `${target.noun.en}, but there are none yet`,
            }
          : count <= NEAREST
            ? {
                fi: `${target.noun.fi}: ${list}`,
                sv: `${target.noun.sv}: ${list}`,
                en: `${target.noun.en}: ${list}`,
              }
            : {
                fi: `${target.noun.fi} (${target.plural.fi} on ${count}); lähimmät: ${list}`,
                sv: `${target.noun.sv} (det finns ${count} ${target.plural.sv}); närmast: ${list}`,
                en: `${target.noun.en} (there are ${count} ${target.plural.en}); the nearest: ${list}`,
              },
      fix: guess
        ? {
            fi: `tarkoititko ${named(guess, target)}? Kirjoita ${guess}`,
            sv: `menade du ${named(guess, target)}? Skriv ${guess}`,
            en: `did you mean ${named(guess, target)}? Write ${guess}`,
          }
        : // A name or a date written where the id goes: adding a file of that name is not the fix.
          !ID_PATTERN.test(ref.value) && count > 0
          ? {
              fi: `${target.genitive} tunnus on ${target.idIs.fi}: kirjoita se, esim. ${nearest(ref.value, target, 1)[0]}`,
              sv: `id:t är ${target.idIs.sv}: skriv det, t.ex. ${nearest(ref.value, target, 1)[0]}`,
              en: `the id is ${target.idIs.en}: write that, e.g. ${nearest(ref.value, target, 1)[0]}`,
            }
          : {
              fi: `korjaa ${ref.key} tai lisää ${target.definedIn(ref.value).fi}`,
              sv: `rätta ${ref.key}, eller lägg till ${target.definedIn(ref.value).sv}`,
              en: `correct the ${ref.key}, or add ${target.definedIn(ref.value).en}`,
            },
    },
  );
}

export interface IdOccurrence {
  id: string;
  at: ProblemAt;
}

/** More repeats than this between two files read as "the same export committed twice". */
const SAME_EXPORT_THRESHOLD = 3;

interface Repeat {
  id: string;
  at: ProblemAt;
  earlier: ProblemAt;
}

/**
 * Reports the second and later use of each id, pointing back at the first. Files are read in
 * sorted order, so "first" is stable. When many rows of one file repeat ids of another (an
 * export committed twice), that is one problem with a count, not a thousand.
 */
export function checkUniqueIds(occurrences: readonly IdOccurrence[], noun: IdNoun): Problem[] {
  const first = new Map<string, ProblemAt>();
  const repeats: Repeat[] = [];
  for (const { id, at } of occurrences) {
    const earlier = first.get(id);
    if (earlier) repeats.push({ id, at, earlier });
    else first.set(id, at);
  }
  const byFilePair = new Map<string, Repeat[]>();
  for (const r of repeats) {
    if (r.at.file === r.earlier.file) continue;
    const key = `${r.at.file}\n${r.earlier.file}`;
    byFilePair.set(key, [...(byFilePair.get(key) ?? []), r]);
  }
  const problems: Problem[] = [];
  const grouped = new Set<Repeat>();
  for (const group of byFilePair.values()) {
    if (group.length <= SAME_EXPORT_THRESHOLD) continue;
    for (const r of group) grouped.add(r);
    const [r] = group as [Repeat, ...Repeat[]];
    const here = rowOf(r.at);
    const there = rowOf(r.earlier);
    problems.push(
      error(
        r.at,
        'id.duplicate-across-files',
        {
          fi: `tämän tiedoston ${group.length} riviä käyttää tunnuksia, jotka ovat jo käytössä tiedostossa ${r.earlier.file}, alkaen tunnuksesta "${r.id}" (täällä ${here.fi}, siellä ${there.fi}).`,
          sv: `${group.length} rader i den här filen använder id:n som redan används i ${r.earlier.file}, från "${r.id}" (här ${here.sv}, där ${there.sv}) och framåt.`,
          en: `${group.length} rows of this file use ids that ${r.earlier.file} already uses, from "${r.id}" (${here.en} here, ${there.en} there) on.`,
        },
        {
          expected: {
            fi: `jokaisella ${noun.adessive.fi} on oma tunnus, vain yhdessä tiedostossa`,
            sv: `att varje ${noun.one.sv} har ett eget id, i en enda fil`,
            en: `every ${noun.one.en} to have its own id, in one file only`,
          },
          fix: {
            fi: 'jos tiedostoissa on sama vienti, poista toinen niistä; muuten anna näille riveille uudet tunnukset',
            sv: 'om de två filerna innehåller samma export, ta bort den ena; ge annars de här raderna nya id:n',
            en: 'if the two files hold the same export, delete one of them; otherwise give these rows new ids',
          },
        },
      ),
    );
  }
  for (const r of repeats) {
    if (grouped.has(r)) continue;
    const sameFile = r.earlier.file === r.at.file;
    const there = rowOf(r.earlier);
    const where: Text = sameFile
      ? { fi: `tämän tiedoston ${there.fi}`, sv: `${there.sv} i den här filen`, en: `${there.en} of this file` }
      : {
          fi: `${r.earlier.file}, ${there.fi}`,
          sv: `${r.earlier.file}, ${there.sv}`,
          en: `${r.earlier.file} ${there.en}`,
        };
    problems.push(
      error(
        r.at,
        sameFile ? 'id.duplicate' : 'id.duplicate-across-files',
        {
          fi: `tunnus "${r.id}" on jo toisen ${noun.genitive.fi} käytössä (${where.fi}).`,
          sv: `id "${r.id}" används redan av ${noun.another.sv} (${where.sv}).`,
          en: `id "${r.id}" is already used by another ${noun.one.en} (${where.en}).`,
        },
        {
          expected: {
            fi: `jokaisella ${noun.adessive.fi} on oma tunnus`,
            sv: `att varje ${noun.one.sv} har ett eget id`,
            en: `every ${noun.one.en} to have its own id`,
          },
          fix: sameFile
            ? {
                fi: 'anna tälle riville uusi tunnus tai poista se, jos sama rivi on kahdesti',
                sv: 'ge den här raden ett nytt id, eller ta bort den om det är samma rad två gånger',
                en: 'give this row a new id, or delete it if it is the same row twice',
              }
            : {
                fi: 'anna toiselle niistä uusi tunnus; jos kummassakin tiedostossa on sama vienti, poista vanhempi tiedosto',
                sv: 'ge en av dem ett nytt id; om båda filerna innehåller samma export, ta bort den äldre filen',
                en: 'give one of them a new id; if both files hold the same export, delete the older file',
              },
        },
      ),
    );
  }
  return problems;
}

/** What has an id, in the forms the messages need. */
export interface IdNoun {
  one: Text;
  /** Finnish "toisen palautteen", for "already used by another". */
  genitive: Text;
  /** Finnish "jokaisella palautteella", for "every … has its own id". */
  adessive: Text;
  /** Swedish "en annan åtgärd". */
  another: Text;
}

/** `rivi 87` where the Excel row is known, else `line 115`. */
function rowOf(at: ProblemAt): Text {
  return at.row !== undefined
    ? { fi: `rivi ${at.row}`, sv: `rad ${at.row}`, en: `row ${at.row}` }
    : { fi: `rivi ${at.line}`, sv: `rad ${at.line}`, en: `line ${at.line}` };
}

/** The things CSV rows give ids to. */
export const ID_NOUNS = {
  feedback: {
    one: { fi: 'palaute', sv: 'respons', en: 'piece of feedback' },
    genitive: { fi: 'palautteen', sv: 'respons', en: 'piece of feedback' },
    adessive: { fi: 'palautteella', sv: 'respons', en: 'piece of feedback' },
    another: { fi: 'toinen palaute', sv: 'en annan respons', en: 'another piece of feedback' },
  },

  action: {
    one: { fi: 'toimenpide', sv: 'åtgärd', en: 'action' },
    genitive: { fi: 'toimenpiteen', sv: 'åtgärd', en: 'action' },
    adessive: { fi: 'toimenpiteellä', sv: 'åtgärd', en: 'action' },
    another: { fi: 'toinen toimenpide', sv: 'en annan åtgärd', en: 'another action' },
  },
} satisfies Record<string, IdNoun>;
