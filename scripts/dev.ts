/**
 * `npm run dev [-- --root DIR] [-- --port N] [-- --host [ADDRESS]] [-- --lang fi|sv|en] [-- --strict]`:
 * a live preview of the content root. Every save of a CSV, MDX or YAML file is checked again;
 * while there are problems every page shows them (HTTP 503) and the terminal prints them, and
 * once they are fixed the pages come back. The checking is src/integrations/dev-preview.ts.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import type { Lang, Text } from '../src/core/lang.ts';
import { basePath } from '../src/site/base.ts';
import { readSite } from '../src/validate/content.ts';
import { authorLanguage, langOption } from '../src/validate/language.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const kuultuDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface DevOptions {
  root: string;
  port?: number;
  host?: string | boolean;
  strict: boolean;
}

function parse(argv: readonly string[]): { options?: DevOptions; problem?: Text } {
  const options: DevOptions = { root: process.env.KUULTU_ROOT ?? process.cwd(), strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--root') {
      if (!next)
        return {
          problem: { fi: '--root tarvitsee kansion', sv: '--root behöver en mapp', en: '--root needs a folder' },
        };
      options.root = next;
      i++;
    } else if (arg === '--port') {
      const port = Number(next);
      if (!next || !Number.isInteger(port) || port < 0 || port > 65535)
        return {
          problem: {
            fi: `--port tarvitsee porttinumeron, esim. --port 4321${next ? `, ei ${next}` : ''}`,
            sv: `--port behöver ett portnummer, t.ex. --port 4321${next ? `, inte ${next}` : ''}`,
            en: `--port needs a port number, e.g. --port 4321${next ? `, not ${next}` : ''}`,
          },
        };
      options.port = port;
      i++;
    } else if (arg === '--host') {
      // Like Astro's own --host: alone it listens on every address (to open the preview on a phone).
      if (next && !next.startsWith('--')) {
        options.host = next;
        i++;
      } else options.host = true;
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '--lang') i++;
    else
      return {
        problem: {
          fi: `tuntematon valitsin ${arg} (valitsimet: --root KANSIO, --port N, --host [OSOITE], --lang fi|sv|en, --strict)`,
          sv: `okänt alternativ ${arg} (alternativ: --root MAPP, --port N, --host [ADRESS], --lang fi|sv|en, --strict)`,
          en: `unknown option ${arg} (options: --root DIR, --port N, --host [ADDRESS], --lang fi|sv|en, --strict)`,
        },
      };
  }
  return { options };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function main(): Promise<boolean> {
  const argv = process.argv.slice(2);
  const chosen = langOption(argv);
  const parsed = parse(argv);
  const lang: Lang = authorLanguage(resolve(parsed.options?.root ?? process.cwd()), chosen.lang);
  const problem = chosen.problem ?? parsed.problem;
  if (problem || !parsed.options) {
    console.log(`kuultu: ${problem?.[lang] ?? ''}`);
    return false;
  }
  const { options } = parsed;
  const root = resolve(options.root);
  if (!isFolder(root)) {
    console.log(
      {
        fi: `kuultu: kansiota ${root} ei ole: anna --root-valitsimelle kansio, jossa ovat content/ ja data/`,
        sv: `kuultu: mappen ${root} finns inte: ge --root mappen som innehåller content/ och data/`,
        en: `kuultu: there is no folder ${root}: give --root the folder that holds content/ and data/`,
      }[lang],
    );
    return false;
  }
  process.env.KUULTU_ROOT = root;
  process.env.KUULTU_LANG = lang;
  if (options.strict) process.env.KUULTU_STRICT = '1';
  process.chdir(kuultuDir);
  const server = await dev({
    root: kuultuDir,
    cacheDir: resolve(root, '.kuultu', 'dev-cache'),
    // Astro's own log carries stack traces; the preview prints its own lines in the author's language.
    logLevel: process.env.KUULTU_VERBOSE ? 'info' : 'silent',
    server: {
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.host !== undefined ? { host: options.host } : {}),
    },
  });
  // Vite's addresses are of the server; the site itself lives under the folder of its url.
  const base = basePath(readSite(root).site?.url);
  const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])].map(
    (u) => u.replace(/\/+$/, '') + base,
  );
  const first = urls[0] ?? `http://localhost:${server.address.port}/`;
  console.log(
    {
      fi: `kuultu: esikatselu osoitteessa ${urls.join(' ') || first} — tallenna tiedosto, niin sivu päivittyy. Lopeta painamalla Ctrl+C.`,
      sv: `kuultu: förhandsvisningen finns på ${urls.join(' ') || first} — spara en fil så uppdateras sidan. Avsluta med Ctrl+C.`,
      en: `kuultu: preview at ${urls.join(' ') || first} — save a file and the page follows. Stop with Ctrl+C.`,
    }[lang],
  );
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return true;
}

try {
  if (!(await main())) process.exitCode = 1;
} catch (e) {
  // A port in use, a folder that vanished: one sentence, never a stack trace.
  console.log(`kuultu: the preview could not start: ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.KUULTU_DEBUG && e instanceof Error) console.log(e.stack);
  process.exitCode = 1;
}
