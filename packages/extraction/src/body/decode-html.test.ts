import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtml } from "./decode-html.ts";

// Short texts of our own, long enough for byte statistics to see a language.
const RUSSIAN =
  "Портовые краны вернулись на старую пристань. Совет гавани ожидает, что первые суда встанут к причалу ещё до осени, а на набережной будут работать около сорока человек из города.";
const KOREAN =
  "항구에 크레인이 다시 돌아왔다. 항만 위원회는 가을이 오기 전에 첫 번째 배가 부두에 정박할 것으로 기대하고 있으며, 약 사십 명이 부두에서 일하게 될 것이라고 밝혔다.";
const JAPANESE =
  "港に古いクレーンが戻ってきました。港湾委員会は、秋になる前に最初の船が岸壁に着くと考えています。町の人たちも、仕事が増えることを喜んでいます。";
const CHINESE = "港口的起重机又回来了。港务委员会说，第一批船只将在秋天之前靠岸，码头上大约会有四十个人工作，他们大多是本地人。";

const pageWithMeta = (text: string, meta: string): string =>
  `<!doctype html><html><head>${meta}<title>t</title></head><body><p>${text}</p></body></html>`;
const pageWithoutCharset = (text: string): string => pageWithMeta(text, "");
const encode = (html: string, charset: string): Uint8Array => new Uint8Array(iconv.encode(html, charset));
const decodedText = (html: string): string => /<p>(.*)<\/p>/s.exec(html)?.[1] ?? "";

describe("decodeHtml by sniffing bytes without any declaration", () => {
  const cases: [string, string, string][] = [
    ["windows-1251", RUSSIAN, "windows-1251"],
    ["koi8-r", RUSSIAN, "koi8-r"],
    ["euc-kr", KOREAN, "euc-kr"],
    ["shift_jis", JAPANESE, "shift_jis"],
    ["gbk", CHINESE, "gbk"],
  ];
  for (const [charset, text, expected] of cases) {
    it(`recognises ${charset}`, () => {
      const result = decodeHtml(encode(pageWithoutCharset(text), charset));
      expect(result.charset).toBe(expected);
      expect(result.source).toBe("sniff");
      expect(decodedText(result.html)).toBe(text);
    });
  }

  it("recognises UTF-8 and western windows-1252", () => {
    const utf8 = decodeHtml(new TextEncoder().encode(pageWithoutCharset(RUSSIAN)));
    expect([utf8.charset, utf8.source]).toEqual(["utf-8", "sniff"]);
    const french = "Les grues sont revenues sur le quai, et le comité espère voir les premiers navires avant l'été.";
    const latin = decodeHtml(encode(pageWithoutCharset(french), "windows-1252"));
    expect(latin.charset).toBe("windows-1252");
    expect(decodedText(latin.html)).toBe(french);
  });
});

describe("decodeHtml with declarations", () => {
  it("follows the Content-Type header", () => {
    const result = decodeHtml(encode(pageWithoutCharset(RUSSIAN), "koi8-r"), "text/html; charset=KOI8-R");
    expect([result.charset, result.source]).toEqual(["koi8-r", "header"]);
    expect(decodedText(result.html)).toBe(RUSSIAN);
  });

  it("follows <meta charset> and <meta http-equiv>", () => {
    const a = decodeHtml(encode(pageWithMeta(KOREAN, `<meta charset="euc-kr">`), "euc-kr"));
    expect([a.charset, a.source]).toEqual(["euc-kr", "meta"]);
    const b = decodeHtml(encode(pageWithMeta(JAPANESE, `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`), "shift_jis"));
    expect([b.charset, b.source]).toEqual(["shift_jis", "meta"]);
    expect(decodedText(b.html)).toBe(JAPANESE);
  });

  it("finds a meta charset that comes after the first 1024 bytes", () => {
    const filler = `<script>var config = "${"x".repeat(3000)}";</script>`;
    const result = decodeHtml(encode(pageWithMeta(RUSSIAN, `${filler}<meta charset="windows-1251">`), "windows-1251"));
    expect([result.charset, result.source]).toEqual(["windows-1251", "meta"]);
  });

  it("sees through a header that lies about a Cyrillic page", () => {
    const bytes = encode(pageWithMeta(RUSSIAN, `<meta charset="windows-1251">`), "windows-1251");
    const result = decodeHtml(bytes, "text/html; charset=ISO-8859-1");
    expect([result.charset, result.source]).toEqual(["windows-1251", "meta"]);
    expect(decodedText(result.html)).toBe(RUSSIAN);
  });

  it("sees through a header that lies with no meta to correct it", () => {
    const result = decodeHtml(encode(pageWithoutCharset(KOREAN), "euc-kr"), "text/html; charset=utf-8");
    expect(result.charset).toBe("euc-kr");
    expect(decodedText(result.html)).toBe(KOREAN);
  });

  it("reads UTF-8 bytes as UTF-8 even when declared as Latin-1", () => {
    const result = decodeHtml(new TextEncoder().encode(pageWithMeta(JAPANESE, `<meta charset="iso-8859-1">`)));
    expect(result.charset).toBe("utf-8");
    expect(decodedText(result.html)).toBe(JAPANESE);
  });

  it("lets a byte-order mark win over everything", () => {
    const body = new TextEncoder().encode(pageWithMeta(RUSSIAN, `<meta charset="koi8-r">`));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const result = decodeHtml(bytes, "text/html; charset=windows-1251");
    expect([result.charset, result.source]).toEqual(["utf-8", "bom"]);
    expect(decodedText(result.html)).toBe(RUSSIAN);
  });

  it("defaults to UTF-8 for plain ASCII without a declaration", () => {
    const result = decodeHtml(new TextEncoder().encode(pageWithoutCharset("plain text")));
    expect([result.charset, result.source]).toEqual(["utf-8", "default"]);
  });
});
