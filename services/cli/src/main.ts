#!/usr/bin/env -S node --import tsx
// `claimwatch <command>`: the one entry point an operator needs (README, "Commands").
import { parseArgs } from "node:util";
import { runMain } from "@claimwatch/runtime";
import { runClaims } from "./commands/catalog.ts";
import { runExtract } from "./commands/extract.ts";
import { runMigrate } from "./commands/migrate.ts";
import { runOnce } from "./commands/run-once.ts";
import { runServe } from "./commands/serve.ts";
import { runStatus } from "./commands/status.ts";
import { parseCliEnv } from "./env.ts";

const USAGE = `usage: claimwatch <command> [options]

commands:
  run --once [--feeds FILE] [--json]   poll every feed once, follow all resulting work, print a summary
  serve                                scheduler, workers and dashboard in one process, until Ctrl-C
  status [--json | --csv]              every tracked claim: baseline, latest figure, status, sources
  extract [FILE] [--jsonl]             the extraction contract: documents in, figures out (no database)
  migrate                              apply database migrations and sync the claim catalog
  claims                               the claim catalog as a table

Configuration comes from the environment; see README.md.`;

type Command = (args: string[]) => Promise<number | undefined>;

const commands: Record<string, Command> = {
  async run(args) {
    const { values } = parseArgs({ args, options: { once: { type: "boolean" }, feeds: { type: "string" }, json: { type: "boolean" } } });
    if (!values.once) throw new UsageError("run needs --once (for continuous running use `claimwatch serve`)");
    return runOnce(parseCliEnv(process.env), { feedsFile: values.feeds, json: values.json ?? false });
  },
  async serve(args) {
    parseArgs({ args, options: {} });
    await runServe(parseCliEnv(process.env));
    return undefined;
  },
  async status(args) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" }, csv: { type: "boolean" } } });
    return runStatus(parseCliEnv(process.env), { format: values.json ? "json" : values.csv ? "csv" : "table" });
  },
  async extract(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { jsonl: { type: "boolean" } } });
    if (positionals.length > 1) throw new UsageError("extract takes at most one FILE");
    const env = parseCliEnv(process.env);
    return runExtract({ file: positionals[0], jsonl: values.jsonl ?? false, catalogPath: env.CLAIMWATCH_CATALOG });
  },
  async migrate(args) {
    parseArgs({ args, options: {} });
    return runMigrate(parseCliEnv(process.env));
  },
  async claims(args) {
    parseArgs({ args, options: {} });
    return runClaims({ catalogPath: parseCliEnv(process.env).CLAIMWATCH_CATALOG });
  },
};

class UsageError extends Error {}

// `claimwatch status | head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

runMain("claimwatch", async () => {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"\n\n${USAGE}`);
  try {
    const code = await command(args);
    if (code !== undefined) {
      process.exitCode = code;
      // A finished command must not hang on a connection some library keeps open.
      setTimeout(() => process.exit(code), 3000).unref();
    }
  } catch (error) {
    // parseArgs reports unknown or malformed options with a code; show them with the usage.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      throw new Error(`${(error as Error).message}\n\n${USAGE}`);
    }
    throw error;
  }
});
