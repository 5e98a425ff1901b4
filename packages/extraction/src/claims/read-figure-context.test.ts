import { describe, expect, it } from "vitest";
import { attachText } from "./testing.ts";

// What the words around a figure say it counts, read through attachClaims.
describe("reading a figure's context", () => {
  it("reads the end of a change as the level of what changed", () => {
    expect(attachText("The count of North Korean labourers in Russia grew eightfold, to 11,000.")).toContain("11000=nk_workers_in_russia");
    expect(attachText("What a North Korean worker in Russia keeps each month went up 40%, to $180.")).toEqual(["40=null", "180=worker_monthly_pay_usd"]);
    expect(attachText("O número de trabalhadores norte-coreanos na Rússia subiu oito vezes, para 11 mil.", "2025-06-01", "pt")).toContain(
      "11000=nk_workers_in_russia",
    );
  });
});
