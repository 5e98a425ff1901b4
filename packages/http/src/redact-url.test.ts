import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact-url.ts";

describe("redactUrl", () => {
  it("drops user info and hides secret-looking query values", () => {
    expect(redactUrl("https://bob:pw@x.example/feed?api_key=abc&token=t&page=2&sig=s")).toBe(
      "https://x.example/feed?api_key=redacted&token=redacted&page=2&sig=redacted",
    );
  });

  it("keeps a message to one short line for anything else", () => {
    expect(redactUrl("not a url\nwith a newline")).toBe("not a url?with a newline");
    expect(redactUrl(`https://x.example/${"a".repeat(400)}`)).toHaveLength(300);
  });
});
