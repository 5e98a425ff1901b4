import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Catalog, ConfigError, catalogSchema } from "@claimwatch/domain";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";

/** Where the project keeps its catalog; CLAIMWATCH_CATALOG (read by the services) overrides it. */
export const defaultCatalogPath = fileURLToPath(new URL("../catalog.yaml", import.meta.url));

/**
 * Parses and validates a catalog. Throws ConfigError naming the file and the field, e.g.
 * `catalog.yaml: claims[3].baseline.value: expected number, received string`.
 */
export function parseCatalog(text: string, fileName: string): Catalog {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}` : "";
    throw new ConfigError(`${fileName}${where}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const result = catalogSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(`${fileName}: invalid catalog:\n${formatIssues(result.error.issues, raw)}`);
  }
  return result.data;
}

/** Reads and validates a catalog file (default: the project's own). */
export function loadCatalog(path: string = defaultCatalogPath): Catalog {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the claim catalog ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseCatalog(text, path);
}

function formatIssues(issues: z.core.$ZodIssue[], raw: unknown): string {
  return issues
    .map((issue) => {
      const path = formatPath(issue.path);
      const key = claimKeyAt(issue.path, raw);
      return `  - ${path || "(root)"}${key ? ` (claim "${key}")` : ""}: ${issue.message}`;
    })
    .join("\n");
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

function claimKeyAt(path: PropertyKey[], raw: unknown): string | undefined {
  if (path[0] !== "claims" || typeof path[1] !== "number") return undefined;
  const claims = (raw as { claims?: unknown[] } | null)?.claims;
  const claim = Array.isArray(claims) ? claims[path[1]] : undefined;
  const key = (claim as { key?: unknown } | undefined)?.key;
  return typeof key === "string" ? key : undefined;
}
