export { decodeXml } from "./decode/decode-xml.ts";
export type { DecodedXml } from "./decode/decode-xml.ts";
export { parseFeed } from "./parse-feed.ts";
export { canonicalizeUrl } from "./canonicalize-url.ts";
export type * from "./types.ts";
