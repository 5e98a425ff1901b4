import { isIPv4, isIPv6 } from "node:net";

// Ranges that must never be reached from a feed URL: a feed (or a redirect it sends) pointing at
// them could read cloud metadata (169.254.169.254, fd00:ec2::254) or internal services.
const blockedV4: ReadonlyArray<readonly [string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT, also Alibaba's metadata 100.100.100.200
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
];

function parseV4(ip: string): number {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

const blockedV4Ranges = blockedV4.map(([base, bits]) => {
  const size = 2 ** (32 - bits);
  const start = parseV4(base);
  return { start, end: start + size - 1 };
});

function isPublicV4(value: number): boolean {
  return !blockedV4Ranges.some((r) => value >= r.start && value <= r.end);
}

/** Sixteen bytes of an IPv6 address (zone id dropped, embedded dotted IPv4 accepted). */
function parseV6(ip: string): number[] {
  let text = ip.replace(/%.*$/, "").toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = parseV4(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...tailGroups];
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

function embeddedV4(bytes: number[], offset: number): number {
  return bytes.slice(offset, offset + 4).reduce((acc, b) => acc * 256 + b, 0);
}

function startsWith(bytes: number[], prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isPublicV6(bytes: number[]): boolean {
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  const zeros = (n: number): number[] => Array<number>(n).fill(0);
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d)
  // addresses reach the embedded IPv4 address: judge that one.
  if (startsWith(bytes, [...zeros(10), 0xff, 0xff])) return isPublicV4(embeddedV4(bytes, 12));
  if (startsWith(bytes, zeros(12))) return embeddedV4(bytes, 12) > 1 && isPublicV4(embeddedV4(bytes, 12));
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, ...zeros(8)])) return isPublicV4(embeddedV4(bytes, 12));
  if (b0 === 0x20 && b1 === 0x02) return isPublicV4(embeddedV4(bytes, 2)); // 6to4
  // Only global unicast (2000::/3) is public; inside it, Teredo, ORCHID and documentation are not.
  if ((b0 & 0xe0) !== 0x20) return false;
  if (b0 === 0x20 && b1 === 0x01 && ((bytes[2] ?? 0) & 0xfe) === 0) return false; // 2001::/23
  if (startsWith(bytes, [0x20, 0x01, 0x0d, 0xb8])) return false; // 2001:db8::/32
  return true;
}

/**
 * True when `ip` is a public unicast address: not loopback, private, link-local, CGNAT,
 * multicast, reserved, documentation, unique-local (fc00::/7), nor an IPv6 form that embeds
 * such an IPv4 address (::ffff:127.0.0.1, 64:ff9b::a9fe:a9fe, 2002:7f00:1::). False for text
 * that is not an IP address.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  if (isIPv4(bare)) return isPublicV4(parseV4(bare));
  if (isIPv6(bare.replace(/%.*$/, ""))) return isPublicV6(parseV6(bare));
  return false;
}
