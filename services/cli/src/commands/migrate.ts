import type { CliEnv } from "../env.ts";
import { openDatabase } from "./open-database.ts";

/** `claimwatch migrate`: applies pending migrations and syncs the catalog's claims. */
export async function runMigrate(env: CliEnv): Promise<number> {
  const { dbh, catalog } = await openDatabase(env);
  await dbh.close();
  process.stdout.write(`database ${dbh.location} (${dbh.driver}) is up to date; ${catalog.claims.length} claims synced\n`);
  return 0;
}
