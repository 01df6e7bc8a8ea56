import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Database suites create their own schemas; files run in parallel, tests inside a file in order.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
