import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractMainText } from "./extract-main-text.ts";

const readFixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
const page = (head: string, body: string, lang = ""): string =>
  `<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`;
const prose =
  "<p>The council met on Thursday evening to discuss the new ferry timetable, which moves the first crossing of the day forward by half an hour for commuters.</p>" +
  "<p>Several residents spoke in favour of the change, while two shop owners said that the earlier boat would arrive before their staff could open the doors.</p>" +
  "<p>The harbour master promised to review the timetable again after the summer, once the number of passengers on each crossing has been counted.</p>";

describe("extractMainText on an article with boilerplate", () => {
  const result = extractMainText(readFixture("article-with-boilerplate.html"), { url: "https://ledger.test/news/x?utm=1" });

  it("keeps the body paragraphs and subheadings in order and drops everything around them", () => {
    expect(result.paragraphs).toEqual([
      "Three container cranes were lifted back onto the eastern quay on Tuesday, eleven years after the last ship was unloaded there, and the harbour board expects the first vessels to berth before the autumn.",
      "The board paid for the work with a loan from the regional bank, and its chair said the berths would handle timber, grain and, later, small container ships from the Baltic routes.",
      "Jobs on the waterfront",
      "About forty people will work at the quay once it is running at full speed, most of them crane drivers, mechanics and clerks hired from the town itself.",
      "Residents who live along the harbour road asked for a limit on night-time lorry traffic, and the board agreed to keep the gates shut between midnight and five in the morning.",
    ]);
  });

  it("leaves out navigation, related links, captions, comments, footer and scripts", () => {
    const text = result.paragraphs.join("\n");
    for (const boilerplate of ["Sport", "Share on", "Ferry timetable", "Photo: Ledger", "Read more", "Great news", "Most read", "All rights reserved", "loadWidget", "Advertisement", "By Mira Holm"]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it("reads title, date, language and canonical URL from the page", () => {
    expect(result.title).toBe("Harbour cranes return to the old docks");
    expect(result.published).toBe("2025-05-14T09:30:00+02:00");
    expect(result.language).toBe("en");
    expect(result.declaredUrl).toBe("https://ledger.test/news/2025/05/14/harbour-cranes");
    expect(result.isArticle).toBe(true);
    expect(result.notArticleReason).toBeNull();
  });
});

describe("extractMainText paragraphs", () => {
  it("splits loose text on double line breaks and normalises whitespace", () => {
    const html = page("<title>Notes</title>", `<div id="story">First   paragraph of a note that runs on\n for a while, long enough to count as text.<br><br>Second paragraph, with a <b>bold</b> word and a single<br>line break inside it.</div>`);
    expect(extractMainText(html).paragraphs).toEqual([
      "First paragraph of a note that runs on for a while, long enough to count as text.",
      "Second paragraph, with a bold word and a single line break inside it.",
    ]);
  });
});

describe("extractMainText title", () => {
  it("prefers og:title, then h1, then <title> without the site name", () => {
    expect(extractMainText(page(`<meta property="og:title" content="Cranes are back"><title>Other | Site</title>`, `<h1>H1 text</h1>${prose}`)).title).toBe("Cranes are back");
    expect(extractMainText(page("<title>Other | Site</title>", `<h1>Cranes return to the docks</h1>${prose}`)).title).toBe("Cranes return to the docks");
    expect(extractMainText(page("<title>Cranes return to the old docks | The Coastal Ledger</title>", prose)).title).toBe("Cranes return to the old docks");
    expect(extractMainText(page("<title>Cranes return to the old docks - Ledger</title>", prose)).title).toBe("Cranes return to the old docks");
  });
});

describe("extractMainText publication date", () => {
  it("reads it from meta tags", () => {
    expect(extractMainText(page(`<meta name="pubdate" content="2025-05-14">`, prose)).published).toBe("2025-05-14");
  });

  it("reads datePublished from JSON-LD, also inside @graph", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","datePublished":"2025-05-13T22:15:00Z"}]}</script>`;
    expect(extractMainText(page(ld, prose)).published).toBe("2025-05-13T22:15:00.000Z");
  });

  it("reads JSON-LD with trailing commas and dates named by the site", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","keywords":["a","b",],"datePublished":"2025-05-13T10:00:00-05:00"}</script>`;
    expect(extractMainText(page(ld, prose)).published).toBe("2025-05-13T10:00:00-05:00");
    expect(extractMainText(page(`<meta name="sn-post-date" content="2025/05/12">`, prose)).published).toBe("2025-05-12");
    expect(extractMainText(page("", `<abbr class="published" title="2025-05-11 17:19:53">yesterday</abbr>${prose}`)).published).toBe("2025-05-11T17:19:53");
  });

  it("keeps the page's own offset, so that an early-morning page in Seoul or Tokyo keeps its date", () => {
    const meta = `<meta property="article:published_time" content="2025-01-01T07:05:00+0900">`;
    expect(extractMainText(page(meta, prose)).published).toBe("2025-01-01T07:05:00+09:00");
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-04T06:12:00.000+09:00"}</script>`;
    expect(extractMainText(page(ld, prose)).published).toBe("2025-06-04T06:12:00+09:00");
  });

  it("reads <time datetime> when no metadata gives the date", () => {
    expect(extractMainText(page("", `<time datetime="2025-04-30T08:00:00Z">30 April</time>${prose}`)).published).toBe("2025-04-30T08:00:00.000Z");
  });

  it("falls back to a date in the URL, and to null", () => {
    expect(extractMainText(page("", prose), { url: "https://n.test/2025/05/14/cranes" }).published).toBe("2025-05-14");
    expect(extractMainText(page("", prose), { url: "https://n.test/cranes" }).published).toBeNull();
  });
});

describe("extractMainText language and declared URL", () => {
  it("takes the language from html lang, og:locale or content-language", () => {
    expect(extractMainText(page("", prose, ` lang="pt-BR"`)).language).toBe("pt");
    expect(extractMainText(page(`<meta property="og:locale" content="ru_RU">`, prose)).language).toBe("ru");
    expect(extractMainText(page(`<meta http-equiv="Content-Language" content="de">`, prose)).language).toBe("de");
    expect(extractMainText(page("", prose)).language).toBeNull();
  });

  it("uses og:url when there is no canonical link, and resolves relative links", () => {
    expect(extractMainText(page(`<meta property="og:url" content="https://n.test/a">`, prose)).declaredUrl).toBe("https://n.test/a");
    expect(extractMainText(page(`<link rel="canonical" href="../b">`, prose), { url: "https://n.test/x/y" }).declaredUrl).toBe("https://n.test/b");
    expect(extractMainText(page(`<link rel="canonical" href="/b">`, prose)).declaredUrl).toBeNull();
  });
});

describe("extractMainText on pages that are not articles", () => {
  it("recognises an index page of headlines", () => {
    const result = extractMainText(readFixture("listing-page.html"), { url: "https://ledger.test/news/" });
    expect(result.isArticle).toBe(false);
    expect(result.notArticleReason).toBe("index or listing page");
  });

  it("recognises a paywall stub", () => {
    const result = extractMainText(readFixture("paywall-stub.html"));
    expect(result.isArticle).toBe(false);
    expect(result.notArticleReason).toBe("paywall stub");
    expect(result.published).toBe("2025-03-02T07:00:00.000Z");
  });

  it("recognises a bot challenge page", () => {
    const result = extractMainText(readFixture("challenge-page.html"));
    expect(result.isArticle).toBe(false);
    expect(result.notArticleReason).toBe("bot challenge page");
  });

  it("recognises an empty body", () => {
    const result = extractMainText(page("<title>Gallery</title>", `<div class="gallery"><img src="a.jpg"><img src="b.jpg"></div>`));
    expect(result.paragraphs).toEqual([]);
    expect(result.isArticle).toBe(false);
    expect(result.notArticleReason).toBe("empty body");
  });

  it("accepts a plain article", () => {
    expect(extractMainText(page("<title>Ferry</title>", `<article>${prose}</article>`)).isArticle).toBe(true);
  });
});

describe("extractMainText on very large or hostile pages", () => {
  it("still finds the article and its JSON-LD date behind megabytes of scripts", () => {
    const bulk = `<script>var state = "${"x".repeat(2_000_000)}";</script><style>.a{color:red}</style><!-- ${"c".repeat(10_000)} -->`;
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-14"}</script>`;
    const result = extractMainText(page(`${bulk}${ld}<title>Ferry</title>`, `<article>${prose}</article>`));
    expect(result.published).toBe("2025-05-14");
    expect(result.paragraphs).toHaveLength(3);
    expect(result.paragraphs.join(" ")).not.toMatch(/[<>]|var state/);
  });

  it("does not overflow the stack on deeply nested markup", () => {
    const html = page("<title>Deep</title>", `${"<div>".repeat(12_000)}<h1>${"<b>".repeat(12_000)}Deep</h1>${"</div>".repeat(12_000)}${prose}`);
    const result = extractMainText(html);
    expect(result.paragraphs).toHaveLength(3);
  });
});

describe("extractMainText on outlets of the story's languages", () => {
  const bodyOf = (name: string): string => extractMainText(readFixture(name)).paragraphs.join("\n");

  it("drops a Russian agency page's date line and its 'Читайте также' inserts, keeps every text block", () => {
    const body = bodyOf("ru-agency-article.html");
    expect(body).toContain("Около 15 тысяч граждан КНДР");
    expect(body).toContain("к 2030 году может вырасти до 2,4 млн");
    for (const furniture of ["11:40 03.06.2025", "обновлено", "Читайте также", "Нехватка кадров", "Просмотры", "Лента новостей"]) {
      expect(body).not.toContain(furniture);
    }
  });

  it("drops Italian 'Leggi anche' lines that link to another article", () => {
    const body = bodyOf("it-inline-read-also.html");
    expect(body).toContain("oltre il 90% della paga");
    expect(body).not.toMatch(/leggi anche/i);
    expect(body).not.toContain("3mila soldati");
  });

  it("drops a live ticker's clock times and keeps its entries", () => {
    const result = extractMainText(readFixture("fr-live-ticker.html"));
    expect(result.paragraphs.join("\n")).toContain("3 000 soldats supplémentaires");
    expect(result.paragraphs.filter((p) => /^\d{2}:\d{2}$/.test(p))).toEqual([]);
    expect(result.paragraphs.join("\n")).not.toContain("À lire aussi");
  });

  it("drops the reporter's e-mail, the copyright line and the editor's credit of Korean and Chinese pages", () => {
    const ko = bodyOf("ko-agency-article.html");
    expect(ko).toContain("약 3만 명이 귀국한 것으로");
    expect(ko).not.toContain("@example.co.kr");
    expect(ko).not.toContain("무단전재");
    expect(ko).not.toContain("5만명 추가 파견");
    const zh = bodyOf("zh-portal-article.html");
    expect(zh).toContain("约有3万名朝鲜劳工被遣返回国");
    expect(zh).not.toContain("责任编辑");
    expect(zh).not.toContain("相关阅读");
  });

  it("drops a photo's caption whatever its wrapper is called", () => {
    expect(bodyOf("ko-agency-article.html")).not.toContain("자료사진");
    expect(bodyOf("zh-portal-article.html")).not.toContain("资料图");
    const photo = `<div class="pic"><img src="a.jpg"><span>The eastern quay at dawn. Photo: Ledger</span></div>`;
    expect(extractMainText(page("", `<div class="story">${prose}${photo}${prose}</div>`)).paragraphs.join("\n")).not.toContain("eastern quay");
  });
});

describe("extractMainText on a page whose body is only in JSON-LD", () => {
  it("reads articleBody when the markup holds little more than the headline", () => {
    const result = extractMainText(readFixture("json-ld-body-only.html"));
    expect(result.paragraphs).toHaveLength(3);
    expect(result.paragraphs[0]).toMatch(/^About 15,000 North Korean workers are now in Russia/);
    expect(result.paragraphs.join("\n")).not.toContain("Kyiv strike kills 12");
    expect(result.isArticle).toBe(true);
  });

  it("keeps the markup's body when it is as full as articleBody, and strips tags inside articleBody", () => {
    const ld = (body: string): string => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", articleBody: body })}</script>`;
    expect(extractMainText(page(ld("A short summary of the ferry story."), prose)).paragraphs).toHaveLength(3);
    const tagged = extractMainText(page(ld(`<p>${"The crossing moves forward by half an hour. ".repeat(12)}</p><p>Residents &amp; shop owners spoke.</p>`), "<h1>Ferry</h1>"));
    expect(tagged.paragraphs[1]).toBe("Residents & shop owners spoke.");
  });
});
