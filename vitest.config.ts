import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          // Pure functions and validation: no build, no browser, seconds. `vitest run --project unit`.
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // The built site in Chromium. The global setup builds each site once and starts one
          // browser for every file; it runs only when this project has tests to run.
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // expect.poll waits as long as the test may run (its default is 1 s): no clock of its own,
          // so a busy machine makes a browser test slower, never red. Playwright's waits likewise
          // (test/e2e/support/site.ts).
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
