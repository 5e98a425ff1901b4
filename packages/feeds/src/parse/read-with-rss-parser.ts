import Parser from "rss-parser";

/** A node of the xml2js tree rss-parser builds: attributes in `$`, text in `_`, children in arrays. */
export type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

export type RawItem = Parser.Item & {
  id?: unknown;
  attrs?: Record<string, string>;
  links?: XmlNode[];
  guid?: unknown;
  "rdf:about"?: string;
  date?: string;
  issued?: unknown;
  modified?: unknown;
  created?: unknown;
  published?: unknown;
  updated?: unknown;
  description?: unknown;
  "content:encoded"?: unknown;
  [key: string]: unknown;
};

export type RawFeed = {
  title?: unknown;
  link?: unknown;
  ttl?: unknown;
  "sy:updatePeriod"?: unknown;
  "sy:updateFrequency"?: unknown;
  items: RawItem[];
};

type Internals = { buildAtomFeed(xmlObj: { feed: XmlNode }): unknown };

function isValidDate(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "" && !Number.isNaN(Date.parse(value.trim()));
}

/**
 * rss-parser's Atom builder throws on a <link> without attributes and on an unparsable
 * <published>/<updated>; one bad entry must not lose the whole feed. Drop what it cannot take
 * (we read those dates ourselves, leniently).
 */
function sanitizeAtom(feed: XmlNode): void {
  const keepLinks = (links: unknown): unknown => (Array.isArray(links) ? links.filter((l: XmlNode) => typeof l?.$?.href === "string") : links);
  feed.link = keepLinks(feed.link);
  const entries = Array.isArray(feed.entry) ? (feed.entry as unknown[]) : [];
  for (const entry of entries) {
    if (typeof entry !== "object" || entry === null) continue;
    const e = entry as XmlNode;
    e.link = keepLinks(e.link);
    for (const field of ["published", "updated"]) {
      const value = (e[field] as unknown[] | undefined)?.[0];
      if (e[field] !== undefined && !isValidDate(value)) {
        e[`raw_${field}`] = e[field];
        delete e[field];
      }
    }
  }
  feed.entry = entries.filter((e) => typeof e === "object" && e !== null);
}

/** Runs rss-parser on well-formed XML. Rejects with its error for what it cannot read. */
export async function readWithRssParser(xml: string): Promise<RawFeed> {
  const parser = new Parser({
    defaultRSS: 2,
    customFields: {
      feed: ["ttl", "sy:updatePeriod", "sy:updateFrequency"] as never[],
      item: [["$", "attrs", { keepArray: true }], ["link", "links", { keepArray: true }], "id", "issued", "modified", "created", "description", "source", ["raw_published", "published"], ["raw_updated", "updated"]] as never[],
    },
  });
  const internals = parser as unknown as Internals;
  const buildAtomFeed = internals.buildAtomFeed.bind(parser);
  internals.buildAtomFeed = (xmlObj) => {
    sanitizeAtom(xmlObj.feed);
    return buildAtomFeed(xmlObj);
  };
  return (await parser.parseString(xml)) as unknown as RawFeed;
}
