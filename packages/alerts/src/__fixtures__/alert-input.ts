// Builders for e-mail tests: a claim shaped like the catalog's and an alert about it. Article
// titles, outlets and quotes are invented for the tests.
import { type Claim, claimSchema, type FigureValue } from "@claimwatch/domain";
import type { AlertEmailInput } from "../render-alert-email.ts";

export const workersClaim: Claim = claimSchema.parse({
  key: "nk_workers_in_russia",
  description: "North Korean workers sent to Russia",
  unit: "count",
  baseline: { value: 15000, qualifier: "about" },
  source: { name: "South Korea's National Intelligence Service", date: "2025-05" },
  cues: { en: ["workers"] },
  plausible: { min: 1000, max: 200000 },
  tolerance: 0.1,
});

export const payClaim: Claim = claimSchema.parse({
  key: "worker_monthly_pay_usd",
  description: "Monthly pay left to a North Korean worker, in US dollars",
  unit: "usd",
  baseline: { low: 100, high: 200, qualifier: "range" },
  source: { name: "North Korean defectors", date: "2025-05" },
  cues: { en: ["monthly"] },
  plausible: { min: 10, max: 5000 },
  tolerance: 0.05,
});

export const count = (value: number, qualifier: FigureValue["qualifier"] = "exact"): FigureValue => ({
  value,
  low: null,
  high: null,
  unit: "count",
  qualifier,
  currency: null,
});

export function makeAlertInput(overrides: Partial<AlertEmailInput> = {}): AlertEmailInput {
  const article = {
    title: "Pyongyang's labour exports to Russia keep growing",
    outlet: "Example Daily",
    published: "2025-06-12T08:30:00Z",
    url: "https://news.example.com/2025/06/12/labour-exports",
  };
  return {
    alertId: "42",
    kind: "change",
    claim: workersClaim,
    figure: { ...count(50000), quote: "Officials in Seoul now put the number of labourers sent to Russia at 50,000." },
    article,
    sources: [
      article,
      { title: "Seoul revises its count of workers abroad", outlet: "Example Wire", published: "2025-06-13", url: "https://wire.example.org/a/123" },
    ],
    conflictsWith: [],
    dashboardUrl: "http://127.0.0.1:8080",
    ...overrides,
  };
}
