import { describe, expect, it } from "vitest";
import { isIntentClause } from "./detect-intent.ts";

describe("isIntentClause", () => {
  it("finds plans, hopes, requests and forecasts", () => {
    expect(isIntentClause("Pyongyang plans to send up to 50,000 workers", "en")).toBe(true);
    expect(isIntentClause("Orlov hopes to employ more than 300", "en")).toBe(true);
    expect(isIntentClause("the region has asked Moscow to approve 2,000 workers", "en")).toBe(true);
    expect(isIntentClause("a gap projected to grow to 2.4 million", "en")).toBe(true);
    expect(isIntentClause("Пхеньян готов отправить до 50 тысяч рабочих", "ru")).toBe(true);
    expect(isIntentClause("300명 넘게 고용하고 싶다며", "ko")).toBe(true);
  });

  it("reads an imperative request as a wish, not a count", () => {
    expect(isIntentClause("\"Send us another 250 of them,\" the builder said", "en")).toBe(true);
    expect(isIntentClause("«Пришлите ещё 250 человек», — попросил он", "ru")).toBe(true);
    expect(isIntentClause("« Envoyez-nous 250 ouvriers de plus »", "fr")).toBe(true);
    expect(isIntentClause("「あと250人送ってほしい」", "ja")).toBe(true);
  });

  it("does not take a statement with a subject for a request", () => {
    expect(isIntentClause("\"They give us barely $120 a month,\" one worker said", "en")).toBe(false);
    expect(isIntentClause("他们每个月只给我们120美元", "zh")).toBe(false);
    expect(isIntentClause("月に120ドルしかくれない", "ja")).toBe(false);
  });

  it("does not take counts or hedges about the past for plans", () => {
    expect(isIntentClause("about 15,000 workers have been dispatched", "en")).toBe(false);
    expect(isIntentClause("as many as 15,000 may have entered on student visas", "en")).toBe(false);
    expect(isIntentClause("в Россию направлено около 15 тысяч рабочих", "ru")).toBe(false);
  });
});
