import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliEnvSchema, parseCliEnv } from "./env.ts";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const configSection = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Adding a feed"));
// The variables named in the first column of the table ("| `A`, `B` | default | meaning |").
const documented = new Set(
  configSection
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] as string)),
);

describe("the CLI's environment", () => {
  it("is documented in the README's configuration table, variable for variable", () => {
    const read = Object.keys(cliEnvSchema.shape).filter((k) => k !== "INIT_CWD");
    expect(read.filter((k) => !documented.has(k))).toEqual([]);
    expect([...documented].filter((k) => !read.includes(k))).toEqual([]);
  });

  it("has defaults that run on a fresh machine, with no variable set", () => {
    expect(parseCliEnv({})).toMatchObject({
      REDIS_URL: "redis://127.0.0.1:6379",
      CLAIMWATCH_QUEUE_PREFIX: "claimwatch",
      CLAIMWATCH_DATA_DIR: "./.claimwatch",
      ALERT_TO: [],
      ALERT_FROM: "claimwatch@localhost",
      DASHBOARD_HOST: "127.0.0.1",
      DASHBOARD_PORT: 8080,
      ALERT_MODE: "immediate",
    });
  });

  it("names every invalid variable, and never echoes a value", () => {
    expect(() => parseCliEnv({ DATABASE_URL: "mysql://u:secret@h/db", DASHBOARD_PORT: "eighty" })).toThrow(/DATABASE_URL[\s\S]*DASHBOARD_PORT/);
    expect(() => parseCliEnv({ DATABASE_URL: "mysql://u:secret@h/db" })).not.toThrow(/secret/);
    expect(() => parseCliEnv({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/ALERT_TO: required when SMTP_URL is set/);
  });
});
