import { describe, expect, it } from "vitest";
import { alertMessageId, emlFileName } from "./message-id.ts";

describe("emlFileName", () => {
  it("is readable for a plain alert id", () => {
    expect(emlFileName(alertMessageId("42"))).toBe("alert-42@claimwatch.invalid.eml");
  });

  it("is the same for the same Message-ID and differs between ids", () => {
    expect(emlFileName("<x/y@z>")).toBe(emlFileName("<x/y@z>"));
    expect(emlFileName("<x/y@z>")).not.toBe(emlFileName("<x_y@z>"));
  });

  it("never leaves the outbox directory", () => {
    for (const id of ["<../../etc/passwd@x>", "<..@x>", "<a\\b@c>"]) {
      const name = emlFileName(id);
      expect(name).not.toMatch(/[/\\]/);
      expect(name.startsWith(".")).toBe(false);
    }
  });
});
