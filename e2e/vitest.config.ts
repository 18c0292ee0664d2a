import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser tests, kept apart from the unit and API suite (root vitest.config.ts): one file at a
// time, one browser, a server started in-process per story on a fresh database.
export default defineConfig({
  root: path.resolve(import.meta.dirname, ".."),
  test: {
    include: ["e2e/**/*.test.ts"],
    // One migrated, seeded data folder for the run; each story starts from a copy of it.
    globalSetup: ["e2e/support/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
