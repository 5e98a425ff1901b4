import { defineConfig } from "vitest/config";

// Three kinds of test (STYLE.md §10): unit tests need nothing; integration tests need the real
// Postgres and Redis of this machine; end-to-end tests start the whole stack on loopback.
const exclude = ["**/node_modules/**", "**/.claimwatch/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "packages/*/eval/**/*.test.ts", "services/*/src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...exclude, "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "int",
          include: ["packages/*/src/**/*.int.test.ts", "services/*/src/**/*.int.test.ts"],
          exclude,
          globalSetup: ["test/support/require-services.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/**/*.e2e.test.ts"],
          exclude,
          globalSetup: ["test/support/require-services.ts"],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
