import { loadCatalog } from "@claimwatch/claims";
import type { ArticleExtraction } from "@claimwatch/domain";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article.ts";

const catalog = loadCatalog();

function read(text: string, published = "2025-06-10"): ArticleExtraction {
  return extractArticle({ text, published }, catalog);
}

/** "claim=value" for every figure attached to a claim, in text order. */
function claimed(x: ArticleExtraction): string[] {
  return x.figures.filter((f) => f.claim !== null).map((f) => `${f.claim}=${f.value ?? `${f.low}..${f.high}`}`);
}

function claimOf(x: ArticleExtraction, value: number): string | null | undefined {
  return x.figures.find((f) => f.value === value)?.claim;
}

describe("extractArticle", () => {
  it("puts each of the source article's four 12s on its own claim", () => {
    const x = read(
      [
        "Kim's labourers keep Russia's building sites running",
        "",
        "North Korean crews in Russia are valued because they accept 12-hour shifts without complaint, contractors in Moscow say.",
        "",
        "Russian border data show North Korean arrivals rose twelvefold in 2024 from the year before.",
        "",
        "Pyongyang also sent 12,000 soldiers to fight for Russia last year, South Korea says.",
        "",
        "A North Korean missile hit Kyiv in late April, killing 12 people and injuring nearly 90.",
      ].join("\n"),
    );
    expect(x.relevant).toBe(true);
    expect(claimed(x)).toEqual([
      "nk_shift_hours=12",
      "nk_arrivals_growth=12",
      "nk_troops_first=12000",
      "kyiv_strike_killed=12",
      "kyiv_strike_injured=90",
    ]);
    const hours = x.figures.find((f) => f.claim === "nk_shift_hours");
    expect(hours).toMatchObject({ unit: "hours", qualifier: "exact" });
    expect(hours?.quote).toContain("12-hour shifts");
  });

  it("reads paraphrases of the baseline figures", () => {
    const x = read(
      [
        "North Korea's hidden workforce in Russia",
        "",
        "Some fifteen thousand of Kim Jong Un's citizens now toil on Russian sites, Seoul's spy agency believes.",
        "",
        "Defectors say nine-tenths of their pay goes to Pyongyang, leaving them between $100 and $200 a month.",
      ].join("\n"),
    );
    expect(claimed(x)).toEqual(["nk_workers_in_russia=15000", "regime_wage_share=90", "worker_monthly_pay_usd=100..200"]);
  });

  it("tells a 2019 repatriation count from today's worker count", () => {
    const x = read(
      [
        "North Korean labour returns to Russia",
        "",
        "When the UN ban took effect in 2019, about 30,000 North Korean workers were sent home from Russia.",
        "",
        "Today roughly 15,000 North Korean workers are back in Russia, according to Seoul.",
      ].join("\n"),
    );
    expect(claimOf(x, 30000)).toBe("workers_repatriated_2019");
    expect(claimOf(x, 15000)).toBe("nk_workers_in_russia");
  });

  it("reads 'last year' and 'this year' against the publication date", () => {
    const text = [
      "Seoul updates its count of North Korean troops in Russia",
      "",
      "North Korea sent 12,000 soldiers to Russia last year and another 3,000 this year, South Korean officials say.",
    ].join("\n");
    expect(claimed(read(text, "2025-05-20"))).toEqual(["nk_troops_first=12000", "nk_troops_additional=3000"]);
    // Read two years later, "last year" is 2026: neither the 2024 nor the 2025 deployment.
    const later = read(text, "2027-05-20");
    expect(claimOf(later, 12000)).toBeNull();
    expect(claimOf(later, 3000)).toBeNull();
  });

  it("keeps plans, requests and hopes apart from counts", () => {
    const x = read(
      [
        "Russian regions want more North Korean workers",
        "",
        "Pyongyang is ready to send up to 50,000 North Korean workers to Russia's Kursk region, Japanese media report.",
        "",
        "The governor of Primorye has asked Moscow to approve 2,000 North Korean workers for housing projects.",
        "",
        "Moscow builder Andrei Orlov, who brought in 50 North Korean workers under a recent deal, hopes to employ more than 300.",
      ].join("\n"),
    );
    expect(claimOf(x, 50000)).toBeNull();
    expect(claimOf(x, 2000)).toBeNull();
    expect(claimOf(x, 50)).toBe("orlov_deal_workers");
    expect(claimOf(x, 300)).toBe("orlov_target_workers");
  });

  it("does not count troop casualties as troops sent", () => {
    const x = read(
      [
        "North Korea's losses in Russia's war",
        "",
        "About 4,700 North Korean soldiers have been killed or wounded fighting for Russia, Seoul says.",
        "",
        "North Korea deployed 12,000 troops to Russia's Kursk region in 2024.",
      ].join("\n"),
    );
    expect(claimOf(x, 4700)).toBeNull();
    expect(claimOf(x, 12000)).toBe("nk_troops_first");
  });

  it("keeps topic figures that state no tracked claim, with claim null", () => {
    const x = read(
      [
        "North Korean students on Russian building sites",
        "",
        "In 2024 Russia granted North Koreans 8,600 student visas, yet just 130 of the holders sat in a university lecture hall, roughly 1.5 percent.",
      ].join("\n"),
    );
    expect(claimed(x)).toEqual(["student_visas_2024=8600", "students_enrolled=130"]);
    expect(x.figures.find((f) => f.value === 1.5)).toMatchObject({ claim: null, unit: "percent" });
  });

  it("counts a figure repeated in a teaser and the body once", () => {
    const x = read(
      [
        "Some 15,000 North Korean workers now in Russia, Seoul says",
        "",
        "Seoul says some 15,000 North Korean workers are now in Russia.",
        "",
        "South Korea's spy agency told lawmakers that some 15,000 North Korean workers are now toiling in Russia.",
      ].join("\n"),
    );
    expect(claimed(x)).toEqual(["nk_workers_in_russia=15000"]);
  });

  it("does not attach figures about North Korean workers in China or the Gulf", () => {
    const x = read(
      [
        "Inside the Dandong seafood plants",
        "",
        "About 100,000 North Korean workers are employed in China, most of them in factories near the border.",
        "",
        "Several thousand more work on building sites in Qatar and Kuwait, rights groups say. Women at the plants work 14-hour shifts.",
      ].join("\n"),
    );
    expect(x.relevant).toBe(false);
    expect(x.figures).toEqual([]);
  });

  it("reads a Russian article", () => {
    const x = extractArticle(
      {
        text: "Рабочие из КНДР в России\n\nПо данным разведки Южной Кореи, в Россию направлено около 15 тысяч рабочих из КНДР. Они работают сменами по 12 часов.",
        published: "2025-06-01",
      },
      catalog,
    );
    expect(x.language).toBe("ru");
    expect(claimed(x)).toEqual(["nk_workers_in_russia=15000", "nk_shift_hours=12"]);
  });

  it("reads the main text of an HTML page, with its title and date", () => {
    const html = `<html lang="en"><head><title>Kim's crews | Example News</title>
      <meta property="article:published_time" content="2025-07-01T08:00:00Z"></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Kim's crews on Moscow's building sites</h1>
      <p>About 15,000 North Korean workers are now employed across Russia, South Korea's intelligence service says.</p>
      <p>They work 12-hour shifts and keep little of their pay: the regime takes more than 90% of their wages.</p>
      </article><aside>Most read: 12 killed in storm</aside></body></html>`;
    const x = extractArticle({ html, url: "https://news.example.com/a" }, catalog);
    expect(x.title).toContain("Kim's crews");
    expect(x.published?.startsWith("2025-07-01")).toBe(true);
    expect(claimed(x)).toEqual(["nk_workers_in_russia=15000", "nk_shift_hours=12", "regime_wage_share=90"]);
  });

  it("never throws on odd input", () => {
    for (const input of [{}, { text: "" }, { html: "" }, { html: "<<<>>>\u0000" }, { text: "12 12 12 %%% $$" }, { html: "<p>".repeat(5000) }]) {
      const x = extractArticle(input, catalog);
      expect(x.relevant).toBe(false);
      expect(x.figures).toEqual([]);
    }
  });

  it("reads a Moscow builder's request for more workers as his target, in every language", () => {
    const fr = read(
      ["Un promoteur veut plus d'ouvriers", "", "Le promoteur moscovite Orlov emploie déjà 40 ouvriers nord-coréens. « Envoyez-moi plus de 250 ouvriers », a-t-il dit."].join("\n"),
    );
    expect(fr.language).toBe("fr");
    expect(claimed(fr)).toEqual(["orlov_target_workers=250"]);
    const en = read(["Builder wants more", "", "Moscow builder Orlov already has 40 North Korean workers. \"Give us more than 250,\" he said."].join("\n"));
    expect(claimOf(en, 250)).toBe("orlov_target_workers");
  });
  it("reads English entries of North Koreans into Russia as on the topic", () => {
    const x = read(["Entries surge", "", "Entries of North Koreans into Russia rose elevenfold in 2024 from the year before."].join("\n"));
    expect(x.relevant).toBe(true);
    expect(claimed(x)).toEqual(["nk_arrivals_growth=11"]);
  });
  it("reads 'people' after a change or 'the number of' as the people that subject names", () => {
    const ru = read(["КНДР и Россия", "", "Число рабочих из КНДР в России за год выросло в 10 раз, до 16 тысяч человек."].join("\n"));
    expect(claimed(ru)).toContain("nk_workers_in_russia=16000");
    const en = read(["North Korea and Russia", "", "The number of North Korean workers in Russia has reached 19,000 people, Seoul says."].join("\n"));
    expect(claimed(en)).toEqual(["nk_workers_in_russia=19000"]);
  });
  it("reads a bare 'to N' after a comma as the end of the change before it, past a relative clause", () => {
    const plain = read(["North Korea and Russia", "", "Russia's shortage of workers has deepened, to 1.8 million, as Pyongyang sends more."].join("\n"));
    expect(claimed(plain)).toEqual(["ru_labor_shortage_current=1800000"]);
    const relative = read(
      ["North Korea and Russia", "", "Russia's worker shortfall, which officials have tracked for years, has grown, to 1.6 million, as Pyongyang sends labourers."].join("\n"),
    );
    expect(claimed(relative)).toEqual(["ru_labor_shortage_current=1600000"]);
  });
  it("reads a bare total as counting what the sentence before named", () => {
    const workers = read(["North Korea and Russia", "", "More North Korean workers are reaching Russian building sites. Tokyo puts the total at about 21,000."].join("\n"));
    expect(claimed(workers)).toEqual(["nk_workers_in_russia=21000"]);
    const soldiers = read(["North Korea and Russia", "", "North Korean soldiers keep arriving in Kursk. Kyiv puts the total at about 14,000."].join("\n"));
    expect(claimed(soldiers)).toEqual([]);
  });
  it("reads a clause interrupted by its source ('according to the ministry') as one clause", () => {
    const ru = read(["КНДР и Россия", "", "Нехватка рабочих рук в России, по данным Минтруда, составляет 1,6 млн человек, а к 2030 году может достичь 2,5 млн, и Москва зовёт рабочих из КНДР."].join("\n"));
    expect(claimed(ru)).toEqual(["ru_labor_shortage_current=1600000", "ru_labor_shortage_2030=2500000"]);
  });
});
