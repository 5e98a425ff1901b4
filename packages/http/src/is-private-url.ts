import { isIP } from "node:net";
import { isPublicAddress } from "./is-public-address.ts";

/**
 * True when a URL names a loopback or private host literally (an IP, or localhost). A feed the
 * operator put on such an address may fetch such addresses (pass `allowPrivate`); a feed on a
 * public name never may, whatever its links say.
 */
export function isPrivateUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return isIP(host) !== 0 && !isPublicAddress(host);
}
