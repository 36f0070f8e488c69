import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockPackage>;
};

describe('package-lock.json', () => {
  it('has an entry for every optional platform package, or npm ci refuses it on a clean clone', () => {
    const missing: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(pkg.optionalDependencies ?? {})) {
        const nested = `${path}/node_modules/${dep}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`])
          missing.push(`${dep} (wanted by ${path || 'the project'})`);
      }
    }
    expect(
      missing,
      'after npm install, re-add these as optional entries with os/cpu (see the README, "Lock file")',
    ).toEqual([]);
  });
});
