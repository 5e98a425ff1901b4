import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv.ts";

describe("csvCell", () => {
  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("  =1")).toBe("'  =1");
  });

  it("keeps numbers, dates and ordinary text as they are", () => {
    expect(csvCell(-15000)).toBe("-15000");
    expect(csvCell(1.5)).toBe("1.5");
    expect(csvCell(new Date("2025-06-01T00:00:00Z"))).toBe("2025-06-01T00:00:00.000Z");
    expect(csvCell("about 15,000 workers")).toBe(`"about 15,000 workers"`);
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes and line breaks so a row stays one record", () => {
    expect(csvRow(["a,b", 'say "hi"', "two\nlines", 3])).toBe(`"a,b","say ""hi""","two\nlines",3\r\n`);
  });
});
