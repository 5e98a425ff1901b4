import { sequenceLength } from "./scan-utf8.ts";

// Windows-1252's 0x80-0x9F; the five holes become U+FFFD. 0xA0-0xFF equal Latin-1 code points.
const c1 = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ";

function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? (c1[byte - 0x80] ?? "\ufffd") : String.fromCharCode(byte);
}

/**
 * Decodes UTF-8 in which stray bytes are read as Windows-1252: text pasted from a word processor
 * into a UTF-8 page leaves raw 0x92 (’) and 0x93/0x94 (“ ”) behind. Returns the text and how many
 * bytes needed that repair.
 */
export function demoronize(bytes: Buffer): { text: string; repairedBytes: number } {
  const parts: string[] = [];
  let runStart = 0;
  let repairedBytes = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    parts.push(bytes.toString("utf8", runStart, i), windows1252Char(byte));
    repairedBytes += 1;
    i += 1;
    runStart = i;
  }
  parts.push(bytes.toString("utf8", runStart));
  return { text: parts.join(""), repairedBytes };
}
