import { describe, expect, it } from "vitest";
import { findYearMentions } from "./detect-period.ts";

const yearsIn = (text: string, language = "en", published: number | null = 2025) =>
  findYearMentions(text, language, published).flatMap((m) => m.years);

describe("findYearMentions", () => {
  it("reads written years, not numbers that look like them", () => {
    expect(yearsIn("In 2024 Russia issued 8,600 visas; 2,024 is not a year.")).toEqual([2024]);
  });

  it("reads 'last year' and 'this year' against the publication year", () => {
    expect(yearsIn("12,000 soldiers last year and 3,000 this year", "en", 2025)).toEqual([2024, 2025]);
    expect(yearsIn("12,000 soldiers last year", "en", 2026)).toEqual([2025]);
    expect(yearsIn("12,000 soldiers last year", "en", null)).toEqual([]);
  });

  it("reads relative years in other languages", () => {
    expect(yearsIn("в прошлом году прибыло 12 тысяч", "ru")).toEqual([2024]);
    expect(yearsIn("지난해 1만2천 명을 파병했다", "ko")).toEqual([2024]);
    expect(yearsIn("去年派出1.2万名士兵", "zh")).toEqual([2024]);
  });

  it("reads 'six years ago' and 'by the end of the decade'", () => {
    expect(yearsIn("sent home six years ago", "en", 2025)).toEqual([2019]);
    expect(yearsIn("a gap of 2.4 million by the end of the decade", "en", 2025)).toEqual([2030]);
  });

  it("marks the base year of a comparison", () => {
    const [m] = findYearMentions("2.5 times higher than in 2024", "en", 2026);
    expect(m).toMatchObject({ years: [2024], isBase: true });
  });

  it("drops the year in which something was reported", () => {
    expect(yearsIn("rather than the 130 it reported last year", "en", 2026)).toEqual([]);
  });

  it("reads a span from a season or a relative year up to the report", () => {
    expect(findYearMentions("troops sent since autumn 2024", "en", 2025)).toMatchObject([{ years: [2024, 2025], isSince: true }]);
    expect(findYearMentions("soldati inviati dall'autunno 2024", "it", 2025)).toMatchObject([{ years: [2024, 2025], isSince: true }]);
    expect(findYearMentions("deployed since last autumn", "en", 2025)).toMatchObject([{ years: [2024, 2025], isSince: true }]);
    expect(yearsIn("с ними в 2024 году", "ru", 2025)).toEqual([2024]);
  });
});
