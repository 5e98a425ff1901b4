import { describe, expect, it } from "vitest";
import { parseCursor } from "./claim-detail.ts";

describe("parseCursor", () => {
  it("reads the cursor the API hands out", () => {
    expect(parseCursor("2025-06-01 10:00:00.123456+00~42")).toEqual({ at: "2025-06-01 10:00:00.123456+00", id: 42 });
    expect(parseCursor("2025-06-01 10:00:00+05:30~7")).toEqual({ at: "2025-06-01 10:00:00+05:30", id: 7 });
  });

  it("refuses anything else, so no text reaches the database as a timestamp", () => {
    expect(parseCursor(undefined)).toBeUndefined();
    expect(parseCursor("yesterday~1")).toBeUndefined();
    expect(parseCursor("2025-06-01 10:00:00+00~1; drop table claims")).toBeUndefined();
    expect(parseCursor("2025-06-01 10:00:00+00")).toBeUndefined();
  });
});
