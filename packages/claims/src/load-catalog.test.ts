import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalogPath, loadCatalog, parseCatalog } from "./load-catalog.ts";

const KEYS = [
  "ru_labor_shortage_current",
  "ru_labor_shortage_2030",
  "nk_workers_in_russia",
  "nk_arrivals_growth",
  "nk_shift_hours",
  "nk_troops_first",
  "nk_troops_additional",
  "kyiv_strike_killed",
  "kyiv_strike_injured",
  "regime_wage_share",
  "worker_monthly_pay_usd",
  "workers_repatriated_2019",
  "orlov_deal_workers",
  "orlov_target_workers",
  "tile_layer_ratio",
  "student_visas_2024",
  "students_enrolled",
  "companies_employing",
];

const minimal = (claims: string) => `
source: { title: A source }
topic:
  name: t
  require: { a: { en: [x] } }
claims:
${claims}`;

const claim = (overrides = "") => `  - key: some_claim
    description: Some figure
    unit: count
    baseline: { value: 10, qualifier: exact }
    source: { name: Somebody }
    cues: { en: [thing] }
    plausible: { min: 1, max: 100 }
${overrides}`;

describe("the project's catalog", () => {
  const catalog = loadCatalog();

  it("holds the 18 baseline claims of the source article under their fixed keys", () => {
    expect(catalog.claims.map((c) => c.key)).toEqual(KEYS);
  });

  it("gives each claim the baseline of DESIGN.md", () => {
    const baseline = Object.fromEntries(catalog.claims.map((c) => [c.key, { ...c.baseline, unit: c.unit }]));
    expect(baseline).toMatchObject({
      ru_labor_shortage_current: { value: 1_500_000, qualifier: "exact", unit: "count" },
      ru_labor_shortage_2030: { value: 2_400_000, qualifier: "exact", unit: "count" },
      nk_workers_in_russia: { value: 15_000, qualifier: "about", unit: "count" },
      nk_arrivals_growth: { value: 12, qualifier: "exact", unit: "fold" },
      nk_shift_hours: { value: 12, qualifier: "exact", unit: "hours" },
      nk_troops_first: { value: 12_000, qualifier: "exact", unit: "count" },
      nk_troops_additional: { value: 3_000, qualifier: "exact", unit: "count" },
      kyiv_strike_killed: { value: 12, qualifier: "exact", unit: "count" },
      kyiv_strike_injured: { value: 90, qualifier: "nearly", unit: "count" },
      regime_wage_share: { value: 90, qualifier: "more_than", unit: "percent" },
      worker_monthly_pay_usd: { low: 100, high: 200, qualifier: "range", unit: "usd" },
      workers_repatriated_2019: { value: 30_000, qualifier: "about", unit: "count" },
      orlov_deal_workers: { value: 50, qualifier: "exact", unit: "count" },
      orlov_target_workers: { value: 300, qualifier: "more_than", unit: "count" },
      tile_layer_ratio: { value: 2, qualifier: "exact", unit: "ratio" },
      student_visas_2024: { value: 8_600, qualifier: "exact", unit: "count" },
      students_enrolled: { value: 130, qualifier: "exact", unit: "count" },
      companies_employing: { value: 120, qualifier: "at_least", unit: "count" },
    });
  });

  it("keeps every baseline inside its claim's plausible range", () => {
    for (const c of catalog.claims) {
      for (const v of [c.baseline.value, c.baseline.low, c.baseline.high].filter((x) => x !== undefined)) {
        expect(v, c.key).toBeGreaterThanOrEqual(c.plausible.min);
        expect(v, c.key).toBeLessThanOrEqual(c.plausible.max);
      }
    }
  });
});

describe("parseCatalog", () => {
  it("accepts a new claim added as data, with the default tolerance", () => {
    const parsed = parseCatalog(minimal(claim()), "mine.yaml");
    expect(parsed.claims[0]).toMatchObject({ key: "some_claim", tolerance: 0.05 });
  });

  it("names the file, the field and the claim of a wrong value", () => {
    expect(() => parseCatalog(minimal(claim().replace("value: 10", 'value: "ten"')), "mine.yaml")).toThrow(
      /mine\.yaml: invalid catalog:[\s\S]*claims\[0\]\.baseline\.value \(claim "some_claim"\)/,
    );
  });

  it("rejects a duplicate key, an unknown unit and an unknown field", () => {
    const twice = minimal(`${claim()}${claim()}`);
    expect(() => parseCatalog(twice, "c.yaml")).toThrow(/claims\[1\]\.key.*duplicate claim key "some_claim"/);
    expect(() => parseCatalog(minimal(claim().replace("unit: count", "unit: bushels")), "c.yaml")).toThrow(/claims\[0\]\.unit/);
    expect(() => parseCatalog(minimal(claim("    colour: red\n")), "c.yaml")).toThrow(/claims\[0\].*colour/);
  });

  it("rejects a range baseline without both ends", () => {
    expect(() => parseCatalog(minimal(claim().replace("{ value: 10, qualifier: exact }", "{ low: 10, qualifier: range }")), "c.yaml")).toThrow(
      /claims\[0\]\.baseline.*needs low and high/,
    );
  });

  it("reports broken YAML with its line", () => {
    expect(() => parseCatalog("claims: [\n  - {", "broken.yaml")).toThrow(/broken\.yaml:\d+: not valid YAML/);
  });

  it("says which file it could not read", () => {
    const dir = mkdtempSync(join(tmpdir(), "cw-catalog-"));
    expect(() => loadCatalog(join(dir, "missing.yaml"))).toThrow(/cannot read the claim catalog .*missing\.yaml/);
    writeFileSync(join(dir, "ok.yaml"), minimal(claim()));
    expect(loadCatalog(join(dir, "ok.yaml")).claims).toHaveLength(1);
    expect(defaultCatalogPath).toMatch(/catalog\.yaml$/);
  });
});
