import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readFixture } from "../testing.ts";
import { decodeXml } from "./decode-xml.ts";

const russian = "<rss><channel><title>Рабочие приехали в Хабаровск, сообщила газета</title></channel></rss>";

describe("decodeXml", () => {
  it("follows a byte-order mark whatever the declarations say", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss>Ж</rss>', "utf16le")]);
    expect(decodeXml(utf16, "text/xml; charset=windows-1251")).toMatchObject({ text: '<?xml version="1.0" encoding="iso-8859-1"?><rss>Ж</rss>', charset: "utf-16le", detectedBy: "bom" });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<rss>é</rss>")]);
    expect(decodeXml(utf8, null)).toMatchObject({ text: "<rss>é</rss>", detectedBy: "bom" });
  });

  it("keeps UTF-8 bytes as UTF-8 when the header or prolog claims ISO-8859-1 or Windows-1252", () => {
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café “€”</title></rss>');
    expect(decodeXml(body, "application/rss+xml; charset=ISO-8859-1").text).toContain("Café “€”");
    expect(decodeXml(readFixture("utf8-declared-windows-1252.xml"), null).text).toContain("Prices in € and “quotes”");
  });

  it("uses the prolog when the HTTP header is a server default that reads worse", () => {
    const body = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?>${russian}`, "windows-1251");
    expect(decodeXml(body, "text/xml; charset=ISO-8859-1")).toMatchObject({ charset: "windows-1251", detectedBy: "prolog" });
    expect(decodeXml(body, "text/xml; charset=ISO-8859-1").text).toContain("Рабочие приехали");
  });

  it("lets clear Cyrillic win over a bare Latin-1 header default", () => {
    const body = iconv.encode(russian, "koi8-r");
    const decoded = decodeXml(body, "text/xml; charset=iso-8859-1");
    expect(decoded.charset).toBe("koi8-r");
    expect(decoded.text).toBe(russian);
  });

  it("trusts a declared charset for bytes that are not UTF-8", () => {
    const body = iconv.encode("<rss><title>ZAŻÓŁĆ</title></rss>", "iso-8859-2");
    expect(decodeXml(body, "text/xml; charset=iso-8859-2")).toMatchObject({ charset: "iso-8859-2", detectedBy: "http", text: "<rss><title>ZAŻÓŁĆ</title></rss>" });
  });

  it("reads EBCDIC cp037 from its '<?xm' signature", () => {
    const decoded = decodeXml(readFixture("cp037-atom03.xml"), null);
    expect(decoded).toMatchObject({ charset: "cp037", detectedBy: "ebcdic" });
    expect(decoded.text).toContain("<title>Østfold nyheter</title>");
  });

  it.each([
    ["euckr-undeclared.xml", "euc-kr", "북한 노동자"],
    ["koi8r-undeclared.xml", "koi8-r", "Новости Дальнего Востока"],
    ["windows1251-undeclared.xml", "windows-1251", "Новости Дальнего Востока"],
    ["latin1-declared-utf8-note.xml", "windows-1252", "<to>Chloé</to>"],
    ["demoronize.xml", "windows-1252", "won’t"],
  ])("sniffs %s as %s", (name, charset, expected) => {
    const decoded = decodeXml(readFixture(name), null);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toContain(expected);
  });

  it("repairs stray Windows-1252 bytes inside otherwise valid UTF-8", () => {
    const body = Buffer.concat([Buffer.from("<rss>it’s “fine” "), Buffer.from([0x93, 0x92, 0x8a]), Buffer.from("</rss>")]);
    expect(decodeXml(body, "text/xml; charset=utf-8")).toMatchObject({ text: "<rss>it’s “fine” “’Š</rss>", charset: "utf-8", repairedBytes: 3 });
  });

  it("ignores an unknown charset label", () => {
    expect(decodeXml(readFixture("invalid-prolog-encoding.xml"), "text/xml; charset=nonsense").text).toContain("시험 피드");
  });
});
