import type { ClaimStatusDetail } from "@claimwatch/db";
import { describe, expect, it } from "vitest";
import type { ObservationView } from "../claim-detail.ts";
import { renderTimelineChart } from "./timeline-chart.ts";

const baseRange = { value: null, low: 100, high: 200, unit: "usd", currency: null, qualifier: "range", source: "s", date: null } as const;
const claim = { claim: "worker_monthly_pay_usd", baseline: baseRange } as unknown as ClaimStatusDetail;

function obs(id: number, day: string, f: { value?: number | null; low?: number | null; high?: number | null }, title: string): ObservationView {
  return {
    id, claim: "worker_monthly_pay_usd", value: f.value ?? null, low: f.low ?? null, high: f.high ?? null, unit: "usd", currency: null,
    qualifier: f.value === undefined ? "range" : "about", value_key: `usd=${id}`, verdict: "differs", quote: "q", observed_at: new Date(day),
    alert_id: null, alert_status: null, article_id: id, title, outlet: "O", url: "https://o.example/", published_at: null,
  };
}

describe("renderTimelineChart", () => {
  it("draws one linked point per observation, a range as a bar and a range baseline as a band", () => {
    const svg = renderTimelineChart(claim, [
      obs(1, "2025-06-01", { value: 150 }, "first"),
      obs(2, "2025-06-08", { low: 120, high: 250 }, "second"),
      obs(3, "2025-06-15", { value: 300 }, "<script>x</script>"),
    ]).text;
    expect(svg.match(/<a class="point"/g)).toHaveLength(3);
    expect(svg).toContain('href="#obs-2"');
    expect(svg.match(/<line class="range/g)).toHaveLength(1);
    expect(svg).toContain('class="baseline-band"');
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;x&lt;/script&gt;");
  });
});
