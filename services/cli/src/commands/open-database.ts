import { loadCatalog } from "@claimwatch/claims";
import { createDb, type DbHandle, upsertClaims } from "@claimwatch/db";
import type { Catalog } from "@claimwatch/domain";
import type { CliEnv } from "../env.ts";

/**
 * Opens the database the environment names (PGlite under CLAIMWATCH_DATA_DIR by default),
 * applies pending migrations (under a lock, so concurrent starts are safe) and syncs the claim
 * catalog into it. The all-in-one commands start here, so one command works on a fresh machine.
 */
export async function openDatabase(env: CliEnv): Promise<{ dbh: DbHandle; catalog: Catalog }> {
  const catalog = loadCatalog(env.CLAIMWATCH_CATALOG);
  const dbh = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.CLAIMWATCH_DATA_DIR });
  try {
    await dbh.migrate();
    await upsertClaims(dbh.db, catalog.claims);
  } catch (error) {
    await dbh.close().catch(() => undefined);
    throw error;
  }
  return { dbh, catalog };
}
