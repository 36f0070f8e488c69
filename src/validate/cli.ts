/**
 * What `npm run validate` and the first step of `npm run build` print. Authors read this in a
 * terminal or in a GitHub pull request, so it is plain text sorted like their files, in the
 * author's language (--lang, else the site's default language), with annotations for GitHub
 * Actions and JSON for other tools.
 */
import { count, type Countable, type Lang, type Text } from '../core/lang.ts';
import {
  countBySeverity,
  formatProblem,
  githubAnnotation,
  problemJson,
  sortProblems,
  type Problem,
} from '../core/problem.ts';
import { DATA_FILES } from '../schemas/kinds.ts';
import { codeQualityReport } from './code-quality.ts';
import { authorLanguage, langOption } from './language.ts';
import { rootOption } from './root-option.ts';

export interface CliOptions {
  root: string;
  strict: boolean;
  /** codequality: GitLab's Code Quality report (src/validate/code-quality.ts). */
  format: 'text' | 'json' | 'codequality';
  /** Print `::error file=…` workflow commands (GITHUB_ACTIONS=true). */
  github: boolean;
  /** Build only: where the site goes. */
  outDir?: string;
  /** The language the author reads: --lang, else the site's default language. */
  lang: Lang;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: Text; lang: Lang };

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ParsedArgs {
  const root = rootOption(argv, env, cwd);
  const chosen = langOption(argv);
  const lang = authorLanguage(root, chosen.lang);
  if (chosen.problem) return { ok: false, message: chosen.problem, lang };
  const options: CliOptions = { root, strict: false, format: 'text', github: env.GITHUB_ACTIONS === 'true', lang };
  const fail = (message: Text): ParsedArgs => ({ ok: false, message, lang });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--lang') value();
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'codequality')
        return fail({
          fi: `--format-valitsimen arvo on text, json tai codequality, ei ${f ?? 'tyhjä'}`,
          sv: `--format tar text, json eller codequality, inte ${f ?? 'ingenting'}`,
          en: `--format takes text, json or codequality, not ${f ?? 'nothing'}`,
        });
      options.format = f;
    } else if (arg === '--root') {
      if (!value())
        return fail({ fi: '--root tarvitsee kansion', sv: '--root behöver en mapp', en: '--root needs a folder' });
    } else if (arg === '--out') {
      const o = value();
      if (!o) return fail({ fi: '--out tarvitsee kansion', sv: '--out behöver en mapp', en: '--out needs a folder' });
      options.outDir = o;
    } else
      return fail({
        fi: `tuntematon valitsin ${arg} (valitsimet: --strict, --format text|json|codequality, --root KANSIO, --out KANSIO, --lang fi|sv|en)`,
        sv: `okänt alternativ ${arg} (alternativ: --strict, --format text|json|codequality, --root MAPP, --out MAPP, --lang fi|sv|en)`,
        en: `unknown option ${arg} (options: --strict, --format text|json|codequality, --root DIR, --out DIR, --lang fi|sv|en)`,
      });
  }
  return { ok: true, options };
}

export interface ValidationSummary {
  /** What was read, e.g. `{ "feedback rows": 3412, actions: 64 }`, printed in the summary line. */
  counts: Readonly<Record<string, number>>;
}

/** Whether the problems stop the build: any error, or with --strict any warning. */
export function fails(problems: readonly Problem[], strict: boolean): boolean {
  const { errors, warnings } = countBySeverity(problems);
  return errors > 0 || (strict && warnings > 0);
}

/** The summary line's nouns; the JSON keeps the English keys of `counts`, which tools read. */
const COUNT_NOUNS: Readonly<Record<string, Countable>> = {
  'content files': {
    one: { fi: 'sisältötiedosto', sv: 'innehållsfil', en: 'content file' },
    many: { fi: 'sisältötiedostoa', sv: 'innehållsfiler', en: 'content files' },
  },
  // Each data set's rows, as the registry names them (src/schemas/kinds.ts).
  ...Object.fromEntries(Object.values(DATA_FILES).map(({ rows }) => [rows.key, { one: rows.one, many: rows.many }])),
};

const ERRORS: Countable = {
  one: { fi: 'virhe', sv: 'fel', en: 'error' },
  many: { fi: 'virhettä', sv: 'fel', en: 'errors' },
};
const WARNINGS: Countable = {
  one: { fi: 'varoitus', sv: 'varning', en: 'warning' },
  many: { fi: 'varoitusta', sv: 'varningar', en: 'warnings' },
};

const SUMMARY = {
  read: { fi: 'luettiin', sv: 'läste', en: 'read' },
  nothingRead: { fi: 'mitään ei luettu', sv: 'ingenting lästes', en: 'read nothing' },
  clean: { fi: 'ei ongelmia.', sv: 'inga problem.', en: 'no problems.' },
  unpublished: { fi: ' — mitään ei julkaistu.', sv: ' — ingenting publicerades.', en: ' — nothing was published.' },
  strict: {
    fi: ' (--strict: varoitukset lasketaan virheiksi)',
    sv: ' (--strict: varningar räknas som fel)',
    en: ' (--strict: warnings count as errors)',
  },
} satisfies Record<string, Text>;

export function summaryLine(
  problems: readonly Problem[],
  summary: ValidationSummary,
  strict: boolean,
  lang: Lang,
): string {
  const { errors, warnings } = countBySeverity(problems);
  const read = Object.entries(summary.counts)
    .map(([what, n]) => {
      const noun = COUNT_NOUNS[what];
      return noun ? count(n, noun, lang) : `${n} ${what}`;
    })
    .join(', ');
  const verdict =
    errors === 0 && warnings === 0
      ? SUMMARY.clean[lang]
      : `${count(errors, ERRORS, lang)}, ${count(warnings, WARNINGS, lang)}${fails(problems, strict) ? SUMMARY.unpublished[lang] : '.'}`;
  const strictNote = strict && errors === 0 && warnings > 0 ? SUMMARY.strict[lang] : '';
  return `kuultu: ${read ? `${SUMMARY.read[lang]} ${read}` : SUMMARY.nothingRead[lang]}: ${verdict}${strictNote}`;
}

/** The whole report as it is printed. */
export function renderReport(problems: readonly Problem[], summary: ValidationSummary, options: CliOptions): string {
  const sorted = sortProblems(problems);
  const { lang } = options;
  if (options.format === 'codequality') return codeQualityReport(sorted, lang);
  if (options.format === 'json') {
    const { errors, warnings } = countBySeverity(sorted);
    return JSON.stringify(
      {
        ok: !fails(sorted, options.strict),
        errors,
        warnings,
        lang,
        counts: summary.counts,
        problems: sorted.map((p) => problemJson(p, lang)),
      },
      null,
      2,
    );
  }
  const blocks = sorted.map((p) => formatProblem(p, lang));
  if (options.github) blocks.push(...sorted.map((p) => githubAnnotation(p, lang)));
  blocks.push(summaryLine(sorted, summary, options.strict, lang));
  return blocks.join('\n\n');
}
