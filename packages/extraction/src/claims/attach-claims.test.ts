import { loadCatalog } from "@claimwatch/claims";
import { describe, expect, it } from "vitest";
import { parseFigures } from "../figures/parse-figures.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { attachClaims, type ScoreTrace } from "./attach-claims.ts";

const catalog = loadCatalog();

/** Attaches the figures of a one-paragraph text under a headline on the topic: "value=claim". */
function attach(paragraph: string, published = "2025-06-01", language = "en"): string[] {
  const title = "North Korean workers and soldiers in Russia";
  const { sentences } = findMentions({ paragraphs: [paragraph], title, language }, catalog.topic);
  const figures = parseFigures(paragraph, { language }).map((f) => ({ ...f, paragraph: 0 }));
  return attachClaims({ figures, sentences, title, language, published }, catalog).map(
    (f) => `${f.value ?? `${f.low}..${f.high}`}=${f.claim ?? "null"}`,
  );
}

/** The score one claim gets for the first figure of a one-sentence text. */
function scoreOf(paragraph: string, claim: string): number {
  const title = "North Korean workers and soldiers in Russia";
  const { sentences } = findMentions({ paragraphs: [paragraph], title, language: "en" }, catalog.topic);
  const figures = parseFigures(paragraph, { language: "en" }).map((f) => ({ ...f, paragraph: 0 }));
  const scores: number[] = [];
  const trace = (t: ScoreTrace) => {
    if (t.claim === claim && t.score !== null) scores.push(t.score);
  };
  attachClaims({ figures, sentences, title, language: "en", published: "2025-09-01", trace }, catalog);
  return scores[0] ?? Number.NaN;
}

describe("attachClaims", () => {
  it("links 'N killed and M injured' to the event next to each number", () => {
    expect(attach("Officials said 12 people were killed and 90 injured in the missile strike on Kyiv, including 16 children.")).toEqual([
      "12=kyiv_strike_killed",
      "90=kyiv_strike_injured",
      "16=null",
    ]);
  });

  it("keeps casualties among troops apart from troops sent", () => {
    expect(attach("Of the 12,000 soldiers North Korea sent last year, about 4,700 have been killed or wounded.")).toEqual([
      "12000=nk_troops_first",
      "4700=null",
    ]);
  });

  it("does not take a count of study-visa entries for visas issued", () => {
    expect(attach("Border guards recorded 7,900 entries by North Koreans on study visas in 2024.")).toEqual(["7900=null"]);
  });

  it("gives a percentage no head-count claim", () => {
    expect(attach("The regime keeps more than 90% of the workers' wages.")).toEqual(["90=regime_wage_share"]);
  });

  it("reads a revision: the old figure keeps the claim of the new one", () => {
    expect(attach("Seoul now says about 14,000 soldiers were sent to Russia in 2024, not 12,000.")).toEqual([
      "14000=nk_troops_first",
      "12000=nk_troops_first",
    ]);
  });

  it("leaves a regional count off the national claim", () => {
    expect(attach("About 2,000 North Korean workers are employed in the Amur region.", "2025-09-01")).toEqual(["2000=null"]);
  });

  it("does not take the amount of a change for a level", () => {
    expect(attach("Wages on North Korean crews' sites rose by 50% last year, contractors say.")).toEqual(["50=null"]);
  });

  it("keeps another strike's toll off the April strike on Kyiv", () => {
    expect(attach("A North Korean missile that hit Kyiv in July killed 31 people.")).toEqual(["31=null"]);
  });

  it("leaves money in another currency off the dollar pay claim", () => {
    expect(attach("Employers pay the middleman 60,000 roubles a month for each North Korean worker.")).toEqual(["60000=null"]);
  });

  it("reads a figure said to hold now as current, whatever year a later clause names", () => {
    expect(attach("The ministry says the economy is now short of 1.6 million workers and that the gap will keep widening until 2030.")).toEqual([
      "1600000=ru_labor_shortage_current",
    ]);
  });

  it("gives a figure a comparison opens with the claim of the figure it is compared with", () => {
    expect(attach("Russia granted some 14,000 study visas to North Koreans in 2025, up from 7,900 in 2024.", "2026-03-01")).toEqual([
      "14000=null",
      "7900=student_visas_2024",
    ]);
    expect(attach("Russia granted some 14,000 study visas to North Koreans in 2025, up from 2,100 in 2022.", "2026-03-01")).toEqual([
      "14000=null",
      "2100=null",
    ]);
  });

  it("leaves a part named with 'of the' off the claim that counts the whole", () => {
    expect(attach("The monitors list 160 Russian firms using North Korean labour; about 40 of the firms on that list are builders.")).toEqual(["160=companies_employing", "40=null"]);
    expect(attach("Of the 8,600 student visas issued to North Koreans in 2024, only 95 of them went to people enrolled at universities.", "2025-06-01")).toEqual([
      "8600=student_visas_2024",
      "95=students_enrolled",
    ]);
  });

  it("reads a figure in a clause about the named part as that part's own figure", () => {
    expect(attach("North Korean missiles hit Ukraine often, including a strike on Kyiv in April that killed 11 people.")).toEqual([
      "11=kyiv_strike_killed",
    ]);
  });

  it("keeps a total of troops sent over both deployments off the claims of each", () => {
    expect(attach("Of some 14,000 soldiers Pyongyang has sent to Russia since last autumn, about 3,000 are thought dead.", "2025-10-01")).toEqual([
      "14000=null",
      "3000=null",
    ]);
    expect(attach("North Korea has deployed a total of 14,000 soldiers to Kursk.", "2025-10-01")).toEqual(["14000=null"]);
  });

  it("reads a shift length told as what the crews are willing to do", () => {
    expect(attach("Recruiters promise Russian builders North Korean crews ready to work 14-hour shifts.")).toEqual(["14=nk_shift_hours"]);
  });

  it("keeps what employers pay per worker off the pay a worker keeps", () => {
    expect(attach("Russian firms pay about $750 a month per worker to the agencies that send North Korean crews. Each man is left with about $120.")).toEqual([
      "750=null",
      "120=worker_monthly_pay_usd",
    ]);
  });

  it("keeps casualties off the worker count in German", () => {
    expect(attach("Nordkorea hat 14.000 Arbeiter nach Russland geschickt, von denen mehr als 900 getötet oder verwundet wurden.", "2025-06-01", "de")).toEqual([
      "14000=nk_workers_in_russia",
      "900=null",
    ]);
  });

  it("keeps sappers and military builders off the troop and worker counts", () => {
    expect(attach("North Korea has sent 2,000 sappers and 4,000 military builders to Kursk this year.")).toEqual([
      "2000=null",
      "4000=null",
    ]);
    expect(attach("La Corée du Nord a envoyé cette année 4 000 militaires du génie dans la région de Koursk.", "2025-06-01", "fr")).toEqual([
      "4000=null",
    ]);
  });

  it("reads a toll in a sentence about another city's strike as that strike's, though Kyiv is named nearby", () => {
    const paragraph =
      "The April missile strike on Kyiv killed 12 people. An earlier North Korean missile hit Kharkiv in January, and three people died.";
    expect(attach(paragraph)).toEqual(["12=kyiv_strike_killed", "3=null"]);
  });

  it("reads a year inside a claim's period as which of two deployments a figure states", () => {
    expect(attach("North Korea sent 11,000 soldiers to Russia in 2024, and 2,500 soldiers arrived in 2025.", "2025-09-01")).toEqual([
      "11000=nk_troops_first",
      "2500=nk_troops_additional",
    ]);
    const withYear = scoreOf("Some 2,500 North Korean soldiers reached Kursk in 2025.", "nk_troops_additional");
    const withoutYear = scoreOf("Some 2,500 North Korean soldiers reached Kursk.", "nk_troops_additional");
    expect(withYear - withoutYear).toBeGreaterThanOrEqual(0.5);
  });

  it("lets a comparison outrank a bare figure's weak words", () => {
    expect(attach("El año pasado Rusia concedió 15.000 visados de estudiante a norcoreanos, frente a los 8.100 de 2024.", "2026-03-01", "es")).toEqual([
      "15000=null",
      "8100=student_visas_2024",
    ]);
  });

  it("reads a hope told in the past tense as a plan", () => {
    expect(attach("Orlov, construtor de Moscou, contou em maio que esperava empregar mais de 400 trabalhadores norte-coreanos.", "2025-10-01", "pt")).toEqual([
      "400=orlov_target_workers",
    ]);
  });

  it("keeps a scenario under discussion off the worker count in Chinese", () => {
    expect(attach("俄方曾讨论过引进4万名朝鲜劳工的设想。", "2025-10-01", "zh")).toEqual(["40000=null"]);
  });

  it("reads a counter written into the figure as what it counts", () => {
    expect(attach("国連によると、ロシアでは少なくとも110社が北朝鮮労働者を雇用している。", "2025-06-01", "ja")).toEqual(["110=companies_employing"]);
  });

  it("reads the noun a Chinese relative clause ends on as the subject", () => {
    expect(attach("报告称，雇用朝鲜劳工的俄罗斯企业至少有150家。", "2025-12-01", "zh")).toEqual(["150=companies_employing"]);
  });

  it("keeps a second reported statement and a relative clause's year apart from the figure", () => {
    const text =
      "The ministry says it issued 8,100 student visas to North Koreans in 2024, many to people who did not arrive until this year, and that only 120 North Koreans were enrolled at universities.";
    expect(attach(text, "2025-08-01")).toEqual(["8100=student_visas_2024", "120=students_enrolled"]);
  });

  it("reads a count said to cover the whole country as national, though a region is named", () => {
    expect(attach("The regional figures are a rare glimpse of a flow Seoul estimates at some 16,000 North Korean workers nationwide.", "2025-10-01")).toEqual([
      "16000=nk_workers_in_russia",
    ]);
    expect(attach("About 2,000 North Korean workers are employed in the Amur region.", "2025-09-01")).toEqual(["2000=null"]);
  });

  it("lets a short opening phrase that names a region narrow the count after it", () => {
    expect(attach("In Khabarovsk region alone, some 6,000 North Korean workers are on building sites.", "2025-09-01")).toEqual(["6000=null"]);
    expect(attach("沿海地方だけで、約6000人の北朝鮮労働者が建設現場で働いている。", "2025-09-01", "ja")).toEqual(["6000=null"]);
    expect(attach("Regional officials publish nothing, but Seoul says about 16,000 North Korean workers are in Russia.", "2025-09-01")).toEqual([
      "16000=nk_workers_in_russia",
    ]);
  });

  it("reads North Koreans sent back home under the 2019 ban in any wording", () => {
    expect(attach("Tras la entrada en vigor del veto de la ONU en 2019, cerca de 28.000 obreros norcoreanos fueron devueltos a su país desde Rusia.", "2025-09-01", "es")).toEqual([
      "28000=workers_repatriated_2019",
    ]);
    expect(attach("В 2019 году, после запрета ООН, около 28 тысяч северокорейцев были возвращены из России.", "2025-09-01", "ru")).toEqual([
      "28000=workers_repatriated_2019",
    ]);
  });

  it("counts the things people received when the claim's noun follows them", () => {
    expect(attach("Moscow handed well over 9,100 North Koreans study visas during 2024.", "2025-09-01")).toEqual(["9100=student_visas_2024"]);
    expect(attach("2024년 러시아 유학 비자를 받은 북한 주민은 9100명이었다.", "2025-09-01", "ko")).toEqual(["9100=student_visas_2024"]);
    expect(attach("About 7,200 North Koreans crossed into Russia on study visas in 2024.", "2025-09-01")).toEqual(["7200=null"]);
  });

  it("reads every case form of 'current' as the present in Russian", () => {
    expect(attach("Россия, нанимающая рабочих из КНДР, оценивает текущую нехватку кадров в 1,6 млн, а к 2030 году — в 2,5 млн.", "2025-09-01", "ru")).toContain(
      "1600000=ru_labor_shortage_current",
    );
  });
  it("reads a builder's workers 'already' on his sites as his deal, and 'the first' of them as a part", () => {
    expect(attach("Il costruttore Orlov ha già 60 operai nordcoreani in cantiere e punta ad assumerne più di 400.", "2025-09-01", "it")).toEqual([
      "60=orlov_deal_workers",
      "400=orlov_target_workers",
    ]);
    expect(attach("Os primeiros 25 operários norte-coreanos de Orlov já trabalham em Moscou.", "2025-09-01", "pt")).toEqual(["25=null"]);
  });

  it("reads 'took the lives of' as killed, and any form of 'injure' as not killed", () => {
    expect(attach("Удар по Киеву северокорейской ракетой унёс жизни 14 человек.", "2025-09-01", "ru")).toEqual(["14=kyiv_strike_killed"]);
    expect(attach("O míssil norte-coreano lançado contra Kiev matou 14 pessoas e feriu 95.", "2025-09-01", "pt")).toEqual([
      "14=kyiv_strike_killed",
      "95=kyiv_strike_injured",
    ]);
  });
  it("does not read a figure counted in people as counting the missile named before it", () => {
    expect(attach("북한제 탄도미사일의 키이우 공격으로 11명이 숨졌다.", "2025-09-01", "ko")).toEqual(["11=kyiv_strike_killed"]);
    expect(attach("北朝鮮製ミサイルによるキーウ攻撃で11人が死亡した。", "2025-09-01", "ja")).toEqual(["11=kyiv_strike_killed"]);
  });
  it("does not take the month of a date for the 'monthly' of a wage", () => {
    expect(attach("러시아의 북한 노동자는 2만 명으로 늘었다. 지난 5월에는 1만6천 명 수준으로 추산됐다.", "2025-09-01", "ko")).toEqual([
      "20000=nk_workers_in_russia",
      "16000=nk_workers_in_russia",
    ]);
    expect(attach("ロシアの北朝鮮労働者は2万人に増えた。5月時点では約1万6000人としていた。", "2025-09-01", "ja")).toEqual([
      "20000=nk_workers_in_russia",
      "16000=nk_workers_in_russia",
    ]);
  });
  it("does not read a toll written as 'N dead' as counting the missiles named before it", () => {
    expect(attach("Le tir de missiles nord-coréens sur Kyiv a fait 11 morts.", "2025-09-01", "fr")).toEqual(["11=kyiv_strike_killed"]);
    expect(attach("Il bilancio dell'attacco missilistico su Kiev è salito a 11 morti.", "2025-09-01", "it")).toEqual(["11=kyiv_strike_killed"]);
  });
});
