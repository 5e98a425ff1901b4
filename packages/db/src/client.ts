import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { redactUrl } from "@claimwatch/runtime";
import pg from "pg";
import { DatabaseError } from "./errors.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take either the database or a transaction. */
export type DbOrTx = Db | Tx;

export type DbHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  /** Where the data lives, safe to print (no password). */
  location: string;
  /** Applies pending migrations; safe to run from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

// One key for every claimwatch process on a server, so that concurrent starts migrate one at a time.
const MIGRATION_LOCK_KEY = 727_274_001;

/**
 * Opens the database: node-postgres when `databaseUrl` is set, else embedded PGlite with its files
 * under `<dataDir>/pgdata`. Opens no connection until first use (Postgres) or opens the embedded
 * files at once (PGlite; one process at a time, enforced with a lock file).
 */
export async function createDb(opts: { databaseUrl?: string | null; dataDir: string; poolSize?: number }): Promise<DbHandle> {
  return opts.databaseUrl ? createPostgresDb(opts.databaseUrl, opts.poolSize ?? 10) : createPgliteDb(opts.dataDir);
}

function createPostgresDb(databaseUrl: string, poolSize: number): DbHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  const db = drizzleNodePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  const location = redactUrl(databaseUrl);
  return {
    db,
    driver: "postgres",
    location,
    async migrate() {
      const client = await pool.connect().catch((error: unknown) => {
        throw new DatabaseError(`cannot connect to Postgres at ${location}: ${(error as Error).message}`, { cause: error });
      });
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        await migrateNodePg(db as never, { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function createPgliteDb(dataDir: string): Promise<DbHandle> {
  const dir = resolve(dataDir, "pgdata");
  mkdirSync(dir, { recursive: true });
  const releaseLock = takeDirLock(dir);
  let client: PGlite;
  try {
    client = await PGlite.create(dir);
  } catch (error) {
    releaseLock();
    throw new DatabaseError(`cannot open the embedded database in ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    location: dir,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

/** PGlite's files must be opened by one process at a time; say so instead of corrupting them. */
function takeDirLock(dir: string): () => void {
  const lockPath = join(dir, "claimwatch.lock");
  if (existsSync(lockPath)) {
    const pid = Number(readFileSync(lockPath, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new DatabaseError(
        `the embedded database in ${dir} is in use by process ${pid}; stop it, or set DATABASE_URL to a Postgres server to run several processes`,
      );
    }
  }
  const fd = openSync(lockPath, "w");
  writeFileSync(fd, String(process.pid));
  closeSync(fd);
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
