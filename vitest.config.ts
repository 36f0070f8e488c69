import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser and build tests share one built site; building it twice in parallel would
    // only slow a 2-core CI machine down.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
