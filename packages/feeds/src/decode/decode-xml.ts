import { isAscii, isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { decodeCp037 } from "./decode-cp037.ts";
import { demoronize } from "./demoronize.ts";
import { scanUtf8 } from "./scan-utf8.ts";
import { scoreCharset, sniffCharset } from "./sniff-charset.ts";

export type DecodedXml = {
  text: string;
  /** The charset the bytes were read as. */
  charset: string;
  /** Where that charset came from. */
  detectedBy: "bom" | "ebcdic" | "utf-16" | "utf-8" | "http" | "prolog" | "sniffed";
  /** Stray bytes read as Windows-1252 inside otherwise valid UTF-8. */
  repairedBytes: number;
};

// WHATWG: these labels mean Windows-1252 on the web; reading them as true Latin-1 turns
// 0x92 into an invisible control character instead of ’.
const latin1Aliases = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "x-cp1252"]);
const ebcdicLabels = new Set(["cp037", "ibm037", "ibm-037", "ebcdic-cp-us", "ebcdic-cp-ca", "csibm037"]);
const sniffableLatin = "windows-1252";

/** A charset label we can decode with, normalised, or null for unknown labels ("invalid"). */
export function normalizeCharset(label: string | null | undefined): string | null {
  const name = label?.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (!name) return null;
  if (name === "utf8" || name === "utf-8" || name === "unicode-1-1-utf-8") return "utf-8";
  if (latin1Aliases.has(name)) return "windows-1252";
  if (ebcdicLabels.has(name)) return "cp037";
  if (name === "ks_c_5601-1987" || name === "euc-kr" || name === "x-windows-949" || name === "cp949") return "euc-kr";
  return iconv.encodingExists(name) ? name : null;
}

function charsetFromContentType(contentType: string | null): string | null {
  return normalizeCharset(/charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1]);
}

function charsetFromProlog(bytes: Buffer): string | null {
  const head = bytes.toString("latin1", 0, Math.min(bytes.length, 1024));
  return normalizeCharset(/^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]);
}

function decodeAs(bytes: Buffer, charset: string): string {
  if (charset === "utf-8") return bytes.toString("utf8");
  if (charset === "cp037") return decodeCp037(bytes);
  return iconv.decode(bytes, charset, { stripBOM: false });
}

function detectByBytes(bytes: Buffer): Omit<DecodedXml, "text" | "repairedBytes"> & { skip: number } | null {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { charset: "utf-8", detectedBy: "bom", skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { charset: "utf-16le", detectedBy: "bom", skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { charset: "utf-16be", detectedBy: "bom", skip: 2 };
  // "<?xm" in EBCDIC: the bytes 4C 6F A7 94 ("Lo§”" when misread as Windows-1252).
  if (b0 === 0x4c && b1 === 0x6f && b2 === 0xa7 && b3 === 0x94) return { charset: "cp037", detectedBy: "ebcdic", skip: 0 };
  if (b0 === 0x3c && b1 === 0x00 && b2 !== 0x00 && b3 === 0x00) return { charset: "utf-16le", detectedBy: "utf-16", skip: 0 };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 !== 0x00) return { charset: "utf-16be", detectedBy: "utf-16", skip: 0 };
  return null;
}

/** Picks among declared legacy charsets: the one that reads most plausibly; a tie goes to the prolog. */
function chooseDeclared(bytes: Buffer, http: string | null, prolog: string | null): { charset: string; detectedBy: "http" | "prolog" } {
  const usable = (c: string | null): c is string => c !== null && c !== "utf-8" && !c.startsWith("utf-16");
  const candidates = [
    ...(usable(prolog) ? [{ charset: prolog, detectedBy: "prolog" as const }] : []),
    ...(usable(http) && http !== prolog ? [{ charset: http, detectedBy: "http" as const }] : []),
  ];
  const scored = candidates.map((c) => ({ ...c, score: scoreCharset(bytes, c.charset) }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  // "ISO-8859-1" is many servers' default, not a statement about the bytes: let clear Cyrillic
  // or Korean win over it.
  if (best.charset === sniffableLatin && best.score < 0.5) {
    const sniffed = sniffCharset(bytes);
    if (sniffed.score >= 0.9) return { charset: sniffed.charset, detectedBy: best.detectedBy };
  }
  return best;
}

/**
 * Decodes a feed's bytes. Order: byte-order mark, EBCDIC and BOM-less UTF-16 signatures; then,
 * because a declaration is often wrong, what the bytes are: well-formed UTF-8 is UTF-8 whatever
 * the header or prolog says; otherwise a declared charset (HTTP vs prolog, the one that reads
 * more plausibly); otherwise UTF-8 with stray Windows-1252 bytes repaired, or a sniffed legacy
 * charset (EUC-KR, KOI8-R, Windows-1251, Windows-1252). Never throws.
 */
export function decodeXml(body: Buffer, contentType: string | null): DecodedXml {
  const signature = detectByBytes(body);
  if (signature) {
    const { skip, ...found } = signature;
    return { text: decodeAs(body.subarray(skip), found.charset), ...found, repairedBytes: 0 };
  }
  const http = charsetFromContentType(contentType);
  const prolog = charsetFromProlog(body);
  if (isUtf8(body)) {
    const declared = isAscii(body) ? (prolog ?? http) : null;
    const asciiLabel = declared && declared !== "cp037" && !declared.startsWith("utf-16") ? declared : "utf-8";
    return { text: body.toString("utf8"), charset: asciiLabel, detectedBy: "utf-8", repairedBytes: 0 };
  }
  if ((http && http !== "utf-8") || (prolog && prolog !== "utf-8")) {
    const chosen = chooseDeclared(body, http, prolog);
    return { text: decodeAs(body, chosen.charset), ...chosen, repairedBytes: 0 };
  }
  const scan = scanUtf8(body);
  if (scan.multibyte > 0 && scan.multibyte >= scan.invalid) {
    const { text, repairedBytes } = demoronize(body);
    return { text, charset: "utf-8", detectedBy: "utf-8", repairedBytes };
  }
  const sniffed = sniffCharset(body);
  return { text: decodeAs(body, sniffed.charset), charset: sniffed.charset, detectedBy: "sniffed", repairedBytes: 0 };
}
