import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/src/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // In CI every test is listed, so the log shows each suite ran on SQLite and on PostgreSQL.
    reporters: process.env.CI ? ["verbose"] : ["default"],
    // Database suites open real SQLite files and PostgreSQL schemas.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
