import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-url.ts";

describe("safeHref", () => {
  it("links only http and https URLs", () => {
    expect(safeHref("https://news.example/a?b=1")).toBe("https://news.example/a?b=1");
    expect(safeHref("http://news.example/")).toBe("http://news.example/");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});
