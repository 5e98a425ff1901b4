// Query parameters that only say where a click came from. Removing them makes two links to the
// same article compare equal; parameters not listed here may select content and are kept.
const trackingExact = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "yclid",
  "_ga",
  "_gl",
  "igshid",
  "igsh",
  "ref_src",
  "ref_url",
  "twclid",
  "ttclid",
  "li_fat_id",
  "mkt_tok",
  "_hsenc",
  "_hsmi",
  "__hstc",
  "__hssc",
  "__hsfp",
  "hsctatracking",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "vero_conv",
  "rb_clickid",
  "s_cid",
  "xtor",
  "at_medium",
  "at_campaign",
  "wt_mc",
  "cmpid",
  "ocid",
  "ncid",
  "sr_share",
  "smid",
  "spm",
]);
const trackingPrefixes = ["utm_", "pk_", "mtm_"];

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return trackingExact.has(key) || trackingPrefixes.some((p) => key.startsWith(p));
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw; // a malformed %-escape: compare the raw text
  }
}

/**
 * The identity of an article link: lower-case scheme and host, no default port, no user info,
 * no fragment, no tracking parameters, the remaining parameters sorted, no empty `?`. Path case
 * is kept (paths are case-sensitive). Null for anything but an absolute http(s) URL.
 */
export function canonicalizeUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return null; // not a URL
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  if (parsed.hostname.endsWith(".")) parsed.hostname = parsed.hostname.slice(0, -1);
  const pairs = parsed.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTracking(decodeName(pair.split("=")[0] ?? "")));
  pairs.sort((a, b) => {
    const ka = a.split("=")[0] ?? "";
    const kb = b.split("=")[0] ?? "";
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  parsed.search = pairs.length > 0 ? `?${pairs.join("&")}` : "";
  return parsed.href;
}
