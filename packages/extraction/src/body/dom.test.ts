import { describe, expect, it } from "vitest";
import { countNonSpace, isSpaceCode } from "./dom.ts";

describe("isSpaceCode", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const disagreements: string[] = [];
    for (let c = 0; c <= 0xffff; c += 1) {
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagreements.push(c.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});

describe("countNonSpace", () => {
  it("counts what is left once whitespace is removed", () => {
    const text = " Seoul\u00a0says\t12,000\u2009workers\n left\u3000last year. ";
    expect(countNonSpace(text)).toBe(text.replace(/\s+/g, "").length);
    expect(countNonSpace(" \n\t")).toBe(0);
  });
});
