export type Utf8Scan = {
  /** Well-formed multi-byte sequences. */
  multibyte: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number;
};

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 if the byte there starts none. */
export function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0; // overlong
    if (b === 0xed) high = 0x9f; // surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k += 1) {
    const c = bytes[i + k] ?? 0;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return length;
}

/** Counts well-formed multi-byte sequences and stray bytes, to tell UTF-8 from legacy encodings. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid += 1;
      i += 1;
    } else {
      multibyte += 1;
      i += length;
    }
  }
  return { multibyte, invalid };
}
