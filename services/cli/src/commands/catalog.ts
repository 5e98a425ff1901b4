import { formatFigure } from "@claimwatch/alerts";
import { baselineValue, defaultCatalogPath, loadCatalog } from "@claimwatch/claims";
import { formatTable } from "./format-table.ts";

/** `claimwatch claims`: the catalog as a table (and where it was read from). */
export function runClaims(opts: { catalogPath?: string | undefined }): number {
  const path = opts.catalogPath ?? defaultCatalogPath;
  const catalog = loadCatalog(path);
  process.stdout.write(`${catalog.claims.length} claims from ${path}\n\n`);
  process.stdout.write(
    formatTable(
      ["key", "description", "baseline", "tolerance", "source"],
      catalog.claims.map((c) => [
        c.key,
        c.description,
        formatFigure(baselineValue(c)),
        `${Math.round(c.tolerance * 100)}%`,
        [c.source.name, c.source.date].filter(Boolean).join(", "),
      ]),
    ),
  );
  return 0;
}
