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

describe("reading a 'respectively' list", () => {
  it("pairs figures with the times listed beside them, in order", () => {
    expect(attachText("Нехватка кадров в России сегодня и к 2030 году составит 1,6 млн и 2,5 млн соответственно, поэтому она ищет рабочих в КНДР.", "2025-06-01", "ru")).toEqual([
      "1600000=ru_labor_shortage_current",
      "2500000=ru_labor_shortage_2030",
    ]);
    expect(attachText("러시아의 인력 부족은 현재와 2030년에 각각 160만 명, 250만 명으로 북한 노동자 수요가 크다.", "2025-06-01", "ko")).toEqual([
      "1600000=ru_labor_shortage_current",
      "2500000=ru_labor_shortage_2030",
    ]);
  });
});

describe("reading figures joined by 'and'", () => {
  it("gives the first the noun that follows the second", () => {
    expect(attachText("Москва выдала гражданам КНДР 8100 и 15 500 студенческих виз в 2024 и 2025 годах соответственно.", "2025-12-01", "ru")).toEqual([
      "8100=student_visas_2024",
      "15500=null",
    ]);
  });
});

describe("reading short items listed after a colon", () => {
  it("reads each item, and one that repeats the first without its noun, as about the clause before the colon", () => {
    expect(attachText("Pyongyang keeps most of what its workers in Russia are paid: in some cases 75 per cent, in others over 85 per cent.")).toEqual([
      "75=regime_wage_share",
      "85=regime_wage_share",
    ]);
  });
});

describe("reading 'the number of' a figure counts", () => {
  it("leaves who counted out of what was counted", () => {
    expect(attachText("After the North Korean missile hit Kyiv, a check of hospital admissions put the number of wounded at 88.")).toEqual([
      "88=kyiv_strike_injured",
    ]);
  });
});

describe("reading a 'respectively' that points back", () => {
  it("pairs a list without times of its own with the claims of the sentence before", () => {
    const text =
      "Russia, now hiring North Korean workers, lacks 1.8 million workers today and will lack 3.2 million by 2030. The labour ministry had first estimated 1.6 million and 2.5 million respectively.";
    expect(attachText(text)).toEqual([
      "1800000=ru_labor_shortage_current",
      "3200000=ru_labor_shortage_2030",
      "1600000=ru_labor_shortage_current",
      "2500000=ru_labor_shortage_2030",
    ]);
  });
});
