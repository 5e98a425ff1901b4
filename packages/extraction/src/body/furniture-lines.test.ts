import { describe, expect, it } from "vitest";
import { isCreditLine, isDateLine, isReadAlsoLine } from "./furniture-lines.ts";

describe("furniture lines", () => {
  it("knows 'read also' labels of eleven languages, alone or before a link", () => {
    expect(isReadAlsoLine("Lesen Sie auch: Kim und Putin", 14)).toBe(true);
    expect(isReadAlsoLine("LEGGI ANCHE > Kiev, dodici morti", 18)).toBe(true);
    expect(isReadAlsoLine("Читайте также", 0)).toBe(true);
    expect(isReadAlsoLine("관련기사", 0)).toBe(true);
    // A sentence that happens to start with the words, with no link, is text.
    expect(isReadAlsoLine("Read more widely, the report says the workers keep less than a tenth.", 0)).toBe(false);
  });

  it("knows credits, copyright notices and e-mail signatures", () => {
    expect(isCreditLine("责任编辑：王晓明 SN225")).toBe(true);
    expect(isCreditLine("<저작권자(c) 한빛뉴스, 무단전재 및 재배포 금지>")).toBe(true);
    expect(isCreditLine("김서연 기자 syk@example.co.kr")).toBe(true);
    expect(isCreditLine("Write to the desk at tips@example.com if you worked on one of these sites.")).toBe(false);
  });

  it("knows date and byline lines, not sentences or prices", () => {
    expect(isDateLine("11:40 03.06.2025 (обновлено: 12:05 03.06.2025)")).toBe(true);
    expect(isDateLine("Von Jana Brückner 06.06.2025, 05:00 Uhr 4 Min. Lesezeit")).toBe(true);
    expect(isDateLine("2025年06月05日 14:20")).toBe(true);
    expect(isDateLine("08:47")).toBe(true);
    expect(isDateLine("The ship docked at 05:00 on 06.06.2025.")).toBe(false);
    expect(isDateLine("Get it on Amazon for $39.99")).toBe(false);
  });
});
