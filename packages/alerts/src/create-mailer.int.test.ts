// The mailer against a real SMTP server on loopback, and the .eml outbox on a real disk.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { count, makeAlertInput } from "./__fixtures__/alert-input.ts";
import { type SmtpTestServer, startSmtpTestServer } from "./testing.ts";
import { createMailer } from "./create-mailer.ts";
import { renderAlertEmail } from "./render-alert-email.ts";
import type { Mailer, OutgoingEmail } from "./types.ts";

const from = "claimwatch@localhost";
const to = ["desk@example.com"];
const alert = (overrides: Parameters<typeof makeAlertInput>[0] = {}): OutgoingEmail => ({ ...renderAlertEmail(makeAlertInput(overrides)), to });

const servers: SmtpTestServer[] = [];
const mailers: Mailer[] = [];
async function serve(opts: Parameters<typeof startSmtpTestServer>[0] = {}): Promise<SmtpTestServer> {
  const server = await startSmtpTestServer(opts);
  servers.push(server);
  return server;
}
function mailerFor(smtpUrl: string, timeoutMs = 10_000): Mailer {
  const mailer = createMailer({ smtpUrl, outboxDir: "/nonexistent", from, timeoutMs });
  mailers.push(mailer);
  return mailer;
}
afterEach(async () => {
  await Promise.all(mailers.splice(0).map((m) => m.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("createMailer over SMTP", () => {
  it("delivers the alert with its headers, Message-ID and both bodies", async () => {
    const server = await serve();
    const message = alert();
    const result = await mailerFor(`smtp://127.0.0.1:${server.port}`).send(message);

    expect(result).toMatchObject({ ok: true, response: expect.stringMatching(/^250/) });
    expect(server.received).toHaveLength(1);
    const [got] = server.received;
    expect(got?.from).toBe(from);
    expect(got?.to).toEqual(to);
    const parsed = got!.parsed;
    expect(parsed.subject).toBe("North Korean workers sent to Russia: about 15,000 -> 50,000 (+233%)");
    expect(parsed.messageId).toBe("<alert-42@claimwatch.invalid>");
    expect(parsed.headers.get("x-claimwatch-claim")).toBe("nk_workers_in_russia");
    expect(parsed.headers.get("x-claimwatch-alert-id")).toBe("42");
    expect(parsed.text).toContain("Officials in Seoul now put the number of labourers sent to Russia at 50,000.");
    expect(parsed.html).toContain("http://127.0.0.1:8080/claims/nk_workers_in_russia");
  });

  it("upgrades with STARTTLS when the server offers it and logs in with the URL's credentials", async () => {
    const server = await serve({ isStartTlsOffered: true, credentials: { user: "alerts", pass: "s3cret:p@ss" } });
    // The test server's certificate is self-signed; a real one would be verified.
    const url = `smtp://alerts:${encodeURIComponent("s3cret:p@ss")}@127.0.0.1:${server.port}?tls.rejectUnauthorized=false`;
    const result = await mailerFor(url).send(alert());

    expect(result.ok).toBe(true);
    expect(server.received[0]).toMatchObject({ secure: true, user: "alerts" });
  });

  it("reports a 421 answer as transient", async () => {
    const server = await serve({ mailFromReply: { code: 421, text: "4.3.2 Too busy, try again later" } });
    const result = await mailerFor(`smtp://127.0.0.1:${server.port}`).send(alert());

    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(result.ok === false && result.message).toContain("Too busy, try again later");
    expect(server.received).toHaveLength(0);
  });

  it("reports a 550 answer as permanent, with the server's text", async () => {
    const server = await serve({ rcptToReply: { code: 550, text: "5.1.1 <desk@example.com>: no such mailbox" } });
    const result = await mailerFor(`smtp://127.0.0.1:${server.port}`).send(alert());

    expect(result).toMatchObject({ ok: false, permanent: true });
    expect(result.ok === false && result.message).toContain("550 5.1.1 <desk@example.com>: no such mailbox");
  });

  it("reports a refused connection as transient", async () => {
    const port = await findClosedPort();
    const result = await mailerFor(`smtp://127.0.0.1:${port}`).send(alert());

    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(result.ok === false && result.message).toMatch(/ECONNREFUSED/);
  });

  it("reports a server that never greets as transient", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const result = await mailerFor(`smtp://127.0.0.1:${portOf(silent)}`, 300).send(alert());
      expect(result).toMatchObject({ ok: false, permanent: false, code: "ETIMEDOUT" });
    } finally {
      silent.close();
    }
  });

  it("never returns, throws or shows the SMTP password", async () => {
    const password = "hunter2-Secret";
    const server = await serve({ isStartTlsOffered: true, credentials: { user: "alerts", pass: "the-right-one" } });
    const url = `smtp://alerts:${password}@127.0.0.1:${server.port}?tls.rejectUnauthorized=false`;
    const mailer = mailerFor(url);

    const result = await mailer.send(alert());
    expect(result).toMatchObject({ ok: false, permanent: true, code: "EAUTH" });
    // The test server echoes the password it received; the mailer must have removed it.
    expect(result.ok === false && result.message).toContain("Authentication failed for alerts/***");
    expect(JSON.stringify(result)).not.toContain(password);

    const error = await mailer.verify().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(inspect(error, { depth: 5 })).not.toContain(password);
    expect(inspect(mailer, { depth: 5, showHidden: true })).not.toContain(password);
    expect(JSON.stringify(mailer)).not.toContain(password);
  });

  it("keeps the password out of the error for a URL it cannot use", () => {
    expect(() => createMailer({ smtpUrl: "http://alerts:hunter2@mail.example", outboxDir: "/x", from })).toThrow(/smtp:\/\/ or smtps:\/\//);
    const error = (() => {
      try {
        createMailer({ smtpUrl: "smtp://alerts:hunter2@[broken", outboxDir: "/x", from });
      } catch (e) {
        return e;
      }
    })();
    expect(inspect(error)).not.toContain("hunter2");
  });

  it("verifies a reachable server", async () => {
    const server = await serve();
    await expect(mailerFor(`smtp://127.0.0.1:${server.port}`).verify()).resolves.toBeUndefined();
  });
});

describe("createMailer without SMTP: the .eml outbox", () => {
  let outboxDir: string;
  beforeAll(async () => {
    outboxDir = await mkdtemp(join(tmpdir(), "claimwatch-outbox-"));
  });
  afterAll(async () => {
    await rm(outboxDir, { recursive: true, force: true });
  });

  it("writes one file per alert with the same headers as SMTP, replacing it on a resend", async () => {
    const mailer = createMailer({ outboxDir, from });
    expect(mailer.kind).toBe("eml");
    await mailer.verify();

    const first = await mailer.send(alert());
    const again = await mailer.send(alert({ sources: [], figure: { ...count(50000), quote: "the resend" } }));
    const other = await mailer.send(alert({ alertId: "43" }));

    expect(first).toEqual({ ok: true, response: join(outboxDir, "alert-42@claimwatch.invalid.eml") });
    expect(again).toEqual(first);
    expect(other).toEqual({ ok: true, response: join(outboxDir, "alert-43@claimwatch.invalid.eml") });
    expect((await readdir(outboxDir)).sort()).toEqual(["alert-42@claimwatch.invalid.eml", "alert-43@claimwatch.invalid.eml"]);

    const parsed = await simpleParser(await readFile(join(outboxDir, "alert-42@claimwatch.invalid.eml")));
    expect(parsed.messageId).toBe("<alert-42@claimwatch.invalid>");
    expect(parsed.headers.get("x-claimwatch-claim")).toBe("nk_workers_in_russia");
    expect(parsed.headers.get("x-claimwatch-alert-id")).toBe("42");
    expect(parsed.subject).toBe("North Korean workers sent to Russia: about 15,000 -> 50,000 (+233%)");
    expect(parsed.text).toContain('"the resend"');
  });

  it("writes an .eml even with no recipients configured", async () => {
    const result = await createMailer({ outboxDir, from }).send({ ...renderAlertEmail(makeAlertInput({ alertId: "44" })), to: [] });
    expect(result.ok).toBe(true);
  });

  it("fails permanently when the outbox cannot be a directory", async () => {
    const file = join(outboxDir, "not-a-directory");
    await writeFile(file, "x");
    const mailer = createMailer({ outboxDir: join(file, "outbox"), from });
    await expect(mailer.verify()).rejects.toThrow(/not writable/);
    expect(await mailer.send(alert())).toMatchObject({ ok: false, permanent: true, code: "ENOTDIR" });
  });
});

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return address.port;
}

/** A loopback port nothing listens on: bound, then released. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = portOf(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
