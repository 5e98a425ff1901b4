import { formatFigure } from "@claimwatch/alerts";
import type { FigureValue } from "@claimwatch/domain";

/** "2025-06-01", or "—" when there is no date. */
export function formatDay(date: Date | string | null | undefined): string {
  if (!date) return "—";
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? "—" : d.toISOString().slice(0, 10);
}

/** "2025-06-01 14:05 UTC". */
export function formatMinute(date: Date | string | null | undefined): string {
  if (!date) return "—";
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? "—" : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "+12.5 %", "−3 %", "0 %", or "—". */
export function formatChange(pct: number | null | undefined): string {
  if (pct === null || pct === undefined) return "—";
  if (pct === 0) return "0 %";
  return `${pct > 0 ? "+" : "−"}${Math.abs(pct).toLocaleString("en-US", { maximumFractionDigits: 1 })} %`;
}

type LooseFigure = { value: number | null; low: number | null; high: number | null; unit: string; currency?: string | null; qualifier: string };

/** A stored figure as a reader writes it ("about 15,000", "$100–$200"). */
export function formatValue(f: LooseFigure): string {
  return formatFigure({ ...f, currency: f.currency ?? null } as FigureValue);
}

/** The number a chart plots for a figure: its value, or the middle of its range. */
export function midpoint(f: { value: number | null; low: number | null; high: number | null }): number | null {
  if (f.value !== null) return f.value;
  return f.low !== null && f.high !== null ? (f.low + f.high) / 2 : null;
}
