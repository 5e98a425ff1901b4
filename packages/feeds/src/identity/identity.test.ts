import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeTitle } from "./normalize-title.ts";
import { hammingDistance, nearDuplicateMaxDistance, simhash } from "./simhash.ts";

function readArticle(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../__fixtures__/articles/${name}.txt`, import.meta.url)), "utf8");
}

describe("normalizeTitle", () => {
  it("makes the same headline from two aggregators equal", () => {
    const a = normalizeTitle("North Korean Workers Flow Into Russia’s Far East - The Moscow Times");
    const b = normalizeTitle("North Korean workers flow into Russia's Far East | Yonhap News Agency");
    expect(a).toBe("north korean workers flow into russia s far east");
    expect(b).toBe(a);
  });

  it("keeps a dash that is part of the headline", () => {
    expect(normalizeTitle("Seoul – Moscow talks")).toBe("seoul moscow talks");
  });

  it("keeps Cyrillic and Hangul and folds full-width forms", () => {
    expect(normalizeTitle("  Рабочие из КНДР: «новая волна»  ")).toBe("рабочие из кндр новая волна");
    expect(normalizeTitle("북한 노동자, 러시아로… - 연합뉴스")).toBe("북한 노동자 러시아로");
    expect(normalizeTitle("ＫＯＲＥＡ　１２０")).toBe("korea 120");
  });
});

describe("simhash", () => {
  const original = simhash(readArticle("original"));

  it("puts a syndicated copy (byline added, last sentence cut, a number in digits) within the near-duplicate distance", () => {
    expect(hammingDistance(original, simhash(readArticle("syndicated-copy")))).toBeLessThanOrEqual(nearDuplicateMaxDistance);
  });

  it("puts a lightly edited copy within the near-duplicate distance", () => {
    expect(hammingDistance(original, simhash(readArticle("lightly-edited")))).toBeLessThanOrEqual(nearDuplicateMaxDistance);
  });

  it("keeps a different article about the same story, and an unrelated one, far apart", () => {
    expect(hammingDistance(original, simhash(readArticle("same-story-other-article")))).toBeGreaterThan(2 * nearDuplicateMaxDistance);
    expect(hammingDistance(original, simhash(readArticle("unrelated")))).toBeGreaterThan(2 * nearDuplicateMaxDistance);
  });

  it("ignores case, punctuation and spacing, and gives a 64-bit value", () => {
    const text = readArticle("original");
    expect(simhash(text.toUpperCase().replace(/,/g, " ,  "))).toBe(original);
    expect(original).toBeGreaterThan(0n);
    expect(original < 1n << 64n).toBe(true);
  });

  it("handles short and unspaced text", () => {
    expect(hammingDistance(simhash("북한노동자러시아파견확대"), simhash("북한노동자러시아파견확대"))).toBe(0);
    expect(simhash("")).toBe(0n);
  });
});

describe("hammingDistance", () => {
  it("counts differing bits over 64 bits", () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0b1011n, 0b0001n)).toBe(2);
    expect(hammingDistance((1n << 64n) - 1n, 0n)).toBe(64);
  });
});
