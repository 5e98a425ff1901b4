import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type Db, migrationsFolder } from "./client.ts";
import { DatabaseError } from "./errors.ts";
import { executeRows } from "./queries/execute-rows.ts";

/**
 * For standalone workers, which never migrate: throws a DatabaseError unless every migration
 * this code ships has been applied (run `claimwatch migrate` first).
 */
export async function assertSchemaCurrent(db: Db): Promise<void> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  const latest = journal.entries.at(-1);
  if (!latest) return;
  let applied: { created_at: string | number }[];
  try {
    applied = await executeRows(db, sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`);
  } catch (error) {
    throw new DatabaseError(`the database has no claimwatch schema yet; run \`claimwatch migrate\` first`, { cause: error });
  }
  const last = Number(applied[0]?.created_at ?? 0);
  if (last < latest.when) {
    throw new DatabaseError(`the database schema is older than this code (missing ${latest.tag}); run \`claimwatch migrate\` first`);
  }
}
