import { createHttpClient } from "@claimwatch/http";
import { startTestServer, type TestServer } from "@claimwatch/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGoogleNewsStandIn, encodeGoogleNewsId } from "../testing.ts";
import { readGoogleNewsLink } from "./read-google-news-link.ts";
import { resolveGoogleNewsLink } from "./resolve-google-news-link.ts";

const known = encodeGoogleNewsId("AU_yqLknownStoryToken");
const unknown = encodeGoogleNewsId("AU_yqLtokenGoogleDoesNotKnow");
const google = createGoogleNewsStandIn({ [known]: "https://wire.example.org/2025/06/north-korean-workers" });
let server: TestServer;
let origin: string;
let failNext = 0;
const http = createHttpClient({ userAgent: "claimwatch-test/1.0 (+https://example.org)", minHostGapMs: 0, isAddressAllowed: () => true });

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    if (failNext > 0) {
      failNext -= 1;
      res.writeHead(503).end();
      return;
    }
    if (!google.handle(req, res)) res.writeHead(404).end();
  });
  origin = server.url("127.0.0.1", "");
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const linkOf = (id: string) => {
  const link = readGoogleNewsLink(`${origin}/rss/articles/${id}?oc=5`, origin);
  if (!link) throw new Error("not read as a Google News link");
  return link;
};

describe("resolveGoogleNewsLink", () => {
  it("asks the page for its signature, then batchexecute for the URL", async () => {
    expect(await resolveGoogleNewsLink(http, linkOf(known), { origin })).toEqual({ ok: true, url: "https://wire.example.org/2025/06/north-korean-workers" });
    expect(google.calls.get("page")).toBe(1);
    expect(google.calls.get("batchexecute")).toBe(1);
  });

  it("needs no request for a link that holds its URL", async () => {
    const before = google.calls.get("page");
    const link = linkOf(encodeGoogleNewsId("https://wire.example.org/old-style"));
    expect(await resolveGoogleNewsLink(http, link, { origin })).toEqual({ ok: true, url: "https://wire.example.org/old-style" });
    expect(google.calls.get("page")).toBe(before);
  });

  it("fails for good, saying why, when Google has no URL for the id", async () => {
    const result = await resolveGoogleNewsLink(http, linkOf(unknown), { origin });
    expect(result).toEqual({ ok: false, isTransient: false, message: expect.stringContaining("without an article URL") });
  });

  it("reports a 503 on the way as transient, so the job retries later", async () => {
    failNext = 1;
    const result = await resolveGoogleNewsLink(http, linkOf(known), { origin });
    expect(result).toMatchObject({ ok: false, isTransient: true });
    if (!result.ok) expect(result.message).toMatch(/^Google News link: GET .*HTTP 503/);
  });
});
