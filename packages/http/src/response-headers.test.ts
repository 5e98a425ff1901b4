import { describe, expect, it } from "vitest";
import { parseCacheFloor, parseRetryAfter } from "./response-headers.ts";

const now = Date.UTC(2025, 4, 6, 10, 0, 0);

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, and ignores garbage", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Tue, 06 May 2025 10:01:30 GMT", now)).toBe(90_000);
    expect(parseRetryAfter("Tue, 06 May 2025 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it("caps a huge Retry-After at a week", () => {
    expect(parseRetryAfter("99999999", now)).toBe(7 * 24 * 3600 * 1000);
  });
});

describe("parseCacheFloor", () => {
  it("prefers max-age over Expires and measures Expires against the server's Date", () => {
    expect(parseCacheFloor({ "cache-control": "public, max-age=300", expires: "Tue, 06 May 2025 12:00:00 GMT" }, now)).toBe(300_000);
    expect(parseCacheFloor({ date: "Tue, 06 May 2025 08:00:00 GMT", expires: "Tue, 06 May 2025 08:10:00 GMT" }, now)).toBe(600_000);
  });

  it("gives no floor for no-cache, no-store, past or unreadable dates", () => {
    expect(parseCacheFloor({ "cache-control": "no-cache, max-age=300" }, now)).toBeNull();
    expect(parseCacheFloor({ "cache-control": "no-store" }, now)).toBeNull();
    expect(parseCacheFloor({ expires: "0" }, now)).toBeNull();
    expect(parseCacheFloor({ expires: "Tue, 06 May 2025 09:00:00 GMT" }, now)).toBeNull();
    expect(parseCacheFloor({}, now)).toBeNull();
  });
});
