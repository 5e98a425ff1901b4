// Test helpers: a fresh, migrated database per test file, on the real Postgres server or on
// PGlite, so that repository tests run against both drivers and never share rows.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb, type DbHandle } from "./client.ts";

export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export type Driver = "postgres" | "pglite";
export const drivers: Driver[] = ["postgres", "pglite"];

/** Creates an empty database on the test server and returns its URL and a drop function. */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cw_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: testServerUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A migrated database of the given driver; `dispose()` closes and deletes it. */
export async function createTestDb(driver: Driver): Promise<DbHandle & { dispose: () => Promise<void> }> {
  if (driver === "postgres") {
    const { url, drop } = await createTestDatabaseUrl();
    const handle = await createDb({ databaseUrl: url, dataDir: "unused", poolSize: 5 });
    await handle.migrate();
    return { ...handle, dispose: async () => (await handle.close(), await drop()) };
  }
  const dir = mkdtempSync(join(tmpdir(), "cw-pglite-"));
  const handle = await createDb({ dataDir: dir });
  await handle.migrate();
  return { ...handle, dispose: async () => (await handle.close(), rmSync(dir, { recursive: true, force: true })) };
}
