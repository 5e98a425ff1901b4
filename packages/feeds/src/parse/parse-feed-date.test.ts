import { describe, expect, it } from "vitest";
import { parseFeedDate } from "./parse-feed-date.ts";

describe("parseFeedDate", () => {
  it.each([
    ["Tue, 06 May 2025 10:00:00 +0000", "2025-05-06T10:00:00.000Z"],
    ["Tue, 06 May 2025 10:00:00 GMT", "2025-05-06T10:00:00.000Z"],
    ["Tue, 06 May 2025 19:00:00 KST", "2025-05-06T10:00:00.000Z"],
    ["Tue, 06 May 2025 13:00:00 MSK", "2025-05-06T10:00:00.000Z"],
    ["2025-05-06T10:00:00Z", "2025-05-06T10:00:00.000Z"],
    ["2025-05-06T13:00:00+03:00", "2025-05-06T10:00:00.000Z"],
    ["2025-05-06 10:00:00", "2025-05-06T10:00:00.000Z"],
    ["  Tuesday, 06 May 2025 10:00:00 +0000\n", "2025-05-06T10:00:00.000Z"],
  ])("reads %j", (input, iso) => {
    expect(parseFeedDate(input)?.toISOString()).toBe(iso);
  });

  it.each([["not a date"], [""], ["0001-01-01T00:00:00Z"], ["Вт, 06 мая 2025"], [42]])("returns null for %j", (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });
});
