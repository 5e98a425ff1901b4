const mask64 = (1n << 64n) - 1n;

function tokenize(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

// Word pairs separated copies from different articles best on our fixtures (copy 9 bits apart,
// other articles 32+); single words blur topics together, triples punish every small edit.
/** Word 2-grams; for text with few spaces (Korean headlines, Chinese), character 4-grams. */
function listFeatures(text: string): string[] {
  const words = tokenize(text);
  if (words.length >= 8) return words.slice(0, -1).map((w, i) => `${w} ${words[i + 1]}`);
  const chars = Array.from(words.join(" "));
  if (chars.length < 4) return chars.length > 0 ? [chars.join("")] : [];
  return chars.slice(0, -3).map((_, i) => chars.slice(i, i + 4).join(""));
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word. */
function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Two 32-bit FNV-1a hashes with different seeds, finalised: the halves of a 64-bit feature hash. */
function hash64(feature: string): [number, number] {
  let low = 0x811c9dc5;
  let high = 0x9e3779b9;
  for (let i = 0; i < feature.length; i += 1) {
    const c = feature.charCodeAt(i);
    low = Math.imul(low ^ c, 0x01000193);
    high = Math.imul(high ^ c, 0x01000193);
  }
  return [mix32(low), mix32(high ^ 0x5bd1e995)];
}

/**
 * 64-bit SimHash of a text (Charikar), over word pairs: two copies of one article that differ
 * by a headline, a byline or a sentence land a few bits apart, different articles about the
 * same story do not. Compare with hammingDistance.
 */
export function simhash(text: string): bigint {
  const weights = new Int32Array(64);
  for (const feature of listFeatures(text)) {
    const [low, high] = hash64(feature);
    for (let bit = 0; bit < 32; bit += 1) {
      weights[bit] = (weights[bit] ?? 0) + ((low >>> bit) & 1 ? 1 : -1);
      weights[bit + 32] = (weights[bit + 32] ?? 0) + ((high >>> bit) & 1 ? 1 : -1);
    }
  }
  let hash = 0n;
  for (let bit = 63; bit >= 0; bit -= 1) hash = (hash << 1n) | ((weights[bit] ?? 0) > 0 ? 1n : 0n);
  return hash;
}

/** Number of differing bits between two 64-bit hashes. */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = (a ^ b) & mask64;
  let count = 0;
  while (x !== 0n) {
    x &= x - 1n;
    count += 1;
  }
  return count;
}

/** Distance at or below which two bodies are treated as copies of one article (tuned on the fixtures in simhash.test.ts). */
export const nearDuplicateMaxDistance = 12;
