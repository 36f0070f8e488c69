/**
 * The content root a command works on: `--root DIR`, else KUULTU_ROOT, else the working folder.
 * On its own, importing nothing, so `npm run build` can find the root's cache before it loads
 * the rest of kuultu (scripts/build.ts).
 */
export function rootOption(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string {
  const at = argv.indexOf('--root');
  return at !== -1 && argv[at + 1] ? argv[at + 1]! : (env.KUULTU_ROOT ?? cwd);
}
