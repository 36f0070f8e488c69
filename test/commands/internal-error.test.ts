/**
 * When kuultu itself fails inside a command (an exception it did not foresee), the author reads
 * whose fault it is in the language the command speaks — their `--lang`, else the site's —
 * never a stack trace (that only with KUULTU_DEBUG, for the bug report).
 */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../scripts/lib/command.ts';
import { copyOf } from './support.ts';

async function failing(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const root = copyOf();
  const printed: string[] = [];
  const code = await runCommand(
    async () => {
      throw new Error('cannot read properties of undefined');
    },
    { argv: ['--root', root, ...argv], env, cwd: root, print: (t) => printed.push(t) },
  );
  return { code, text: printed.join('\n') };
}

describe('a command that fails on a bug of its own', () => {
  it("tells the author in the site's language that the fault is kuultu's, with the cause", async () => {
    const { code, text } = await failing([]);
    expect(code).toBe(1);
    expect(text).toBe(
      'kuultu pysähtyi sisäiseen virheeseen. Vika on kuultussa, ei aineistossasi: cannot read properties of undefined',
    );
  });

  it('speaks the language chosen with --lang, and shows no stack trace unless KUULTU_DEBUG is set', async () => {
    const swedish = await failing(['--lang', 'sv']);
    expect(swedish.text).toMatch(/^kuultu stannade på ett internt fel\. Felet finns i kuultu, inte i dina data: /);
    expect(swedish.text).not.toMatch(/\n\s+at /);
    const debug = await failing(['--lang', 'en'], { KUULTU_DEBUG: '1' });
    expect(debug.text).toMatch(/^kuultu stopped on an internal error, which is a bug in kuultu/);
    expect(debug.text).toMatch(/\n\s+at /);
  });
});
