import { describe, expect, it } from "vitest";
import { classifySmtpError } from "./classify-smtp-error.ts";

const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? "failed")), fields);

describe("classifySmtpError", () => {
  it.each<[string, unknown, boolean]>([
    ["421 service not available -> retry", smtpError({ code: "EENVELOPE", responseCode: 421, response: "421 4.3.2 Try again later" }), false],
    ["451 local error -> retry", smtpError({ code: "EMESSAGE", responseCode: 451, response: "451 4.3.0 Temporary failure" }), false],
    ["452 insufficient storage, reply text only -> retry", smtpError({ response: "452 4.3.1 Insufficient system storage" }), false],
    ["550 mailbox unavailable -> give up", smtpError({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 No such user" }), true],
    ["554 rejected as spam -> give up", smtpError({ code: "EMESSAGE", responseCode: 554, response: "554 5.7.1 Message rejected" }), true],
    ["535 bad credentials -> give up", smtpError({ code: "EAUTH", responseCode: 535, response: "535 5.7.8 Authentication failed" }), true],
    ["connection refused -> retry", smtpError({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25" }), false],
    ["connection closed -> retry", smtpError({ code: "ECONNECTION", message: "Connection closed unexpectedly" }), false],
    ["timeout -> retry", smtpError({ code: "ETIMEDOUT", message: "Greeting never received" }), false],
    ["DNS failure -> retry", smtpError({ code: "EDNS", message: "getaddrinfo ENOTFOUND smtp.example" }), false],
    ["TLS refused -> give up", smtpError({ code: "ETLS", message: "self-signed certificate" }), true],
    ["no recipients -> give up", smtpError({ code: "EENVELOPE", message: "No recipients defined" }), true],
    ["an unknown error -> retry (the queue bounds attempts)", new Error("something odd"), false],
    ["a thrown string -> retry", "boom", false],
  ])("%s", (_description, error, permanent) => {
    expect(classifySmtpError(error).permanent).toBe(permanent);
  });

  it("returns the server's answer when there is one, and the code", () => {
    const failure = classifySmtpError(smtpError({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 No such user", message: "Can't send mail" }));
    expect(failure).toEqual({ permanent: true, message: "550 5.1.1 No such user", code: "EENVELOPE" });
  });
});
