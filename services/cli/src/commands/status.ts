import { formatFigure } from "@claimwatch/alerts";
import { type ClaimStatusRow, listClaimStatus, listFeeds } from "@claimwatch/db";
import type { CliEnv } from "../env.ts";
import { openDatabase } from "./open-database.ts";
import { formatTable } from "./format-table.ts";

/** `claimwatch status [--json|--csv]`: the dashboard query, as the terminal shows it. */
export async function runStatus(env: CliEnv, opts: { format: "table" | "json" | "csv" }): Promise<number> {
  const { dbh } = await openDatabase(env);
  try {
    const rows = await listClaimStatus(dbh.db);
    if (opts.format === "json") {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (opts.format === "csv") {
      process.stdout.write(toCsv(rows));
    } else {
      process.stdout.write(renderStatusTable(rows));
      const feeds = await listFeeds(dbh.db);
      const unwell = feeds.filter((f) => f.isEnabled && f.status !== "ok");
      process.stdout.write(`\nFeeds: ${feeds.filter((f) => f.isEnabled).length} watched, ${unwell.length} failing\n`);
      for (const f of unwell) process.stdout.write(`  ${f.status.padEnd(9)} ${f.url}\n            ${f.lastError ?? ""}\n`);
    }
    return 0;
  } finally {
    await dbh.close();
  }
}

function renderStatusTable(rows: ClaimStatusRow[]): string {
  return formatTable(
    ["claim", "status", "baseline", "latest", "sources", "last seen", "alerts"],
    rows.map((r) => [
      r.claim,
      r.status,
      formatFigure(r.baseline),
      r.latest ? formatFigure(r.latest) : "-",
      String(r.sources),
      r.last_seen ? new Date(r.last_seen).toISOString().slice(0, 10) : "-",
      r.alerts.map((a) => `${formatFigure(a)} ${a.status}`).join("; ") || "-",
    ]),
  );
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(rows: ClaimStatusRow[]): string {
  const header = ["claim", "status", "baseline_value", "baseline_low", "baseline_high", "unit", "baseline_qualifier", "latest_value", "latest_low", "latest_high", "latest_qualifier", "sources", "last_seen", "alerts"];
  const lines = rows.map((r) =>
    [
      r.claim,
      r.status,
      r.baseline.value,
      r.baseline.low,
      r.baseline.high,
      r.unit,
      r.baseline.qualifier,
      r.latest?.value,
      r.latest?.low,
      r.latest?.high,
      r.latest?.qualifier,
      r.sources,
      r.last_seen ? new Date(r.last_seen).toISOString() : "",
      r.alerts.length,
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[header.join(","), ...lines].join("\n")}\n`;
}
