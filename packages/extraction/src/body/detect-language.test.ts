import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";

// One or two sentences of our own per language, about the same harbour story.
const SAMPLES: Record<string, string> = {
  en: "The cranes are back on the quay, and the board says that the first ships will arrive before the autumn.",
  ru: "Краны снова стоят на пристани, и совет гавани говорит, что первые суда придут ещё до осени.",
  uk: "Крани знову стоять на пристані, і рада гавані каже, що перші судна прийдуть ще до осені.",
  ko: "크레인이 다시 부두에 섰고, 항만 위원회는 가을 전에 첫 배가 들어올 것이라고 말했다.",
  ja: "クレーンが再び岸壁に戻り、港湾委員会は秋までに最初の船が来ると話している。",
  zh: "起重机又回到了码头，港务委员会表示第一批船只将在秋天之前到达。",
  de: "Die Kräne stehen wieder am Kai, und der Hafenrat sagt, dass die ersten Schiffe noch vor dem Herbst ankommen werden.",
  fr: "Les grues sont de retour sur le quai, et le conseil dit que les premiers navires arriveront avant l'automne.",
  it: "Le gru sono tornate sulla banchina e il consiglio del porto dice che le prime navi arriveranno prima dell'autunno.",
  pt: "Os guindastes voltaram ao cais, e o conselho do porto diz que os primeiros navios vão chegar antes do outono.",
  es: "Las grúas han vuelto al muelle y el consejo del puerto dice que los primeros barcos llegarán antes del otoño.",
};

describe("detectLanguage", () => {
  for (const [language, text] of Object.entries(SAMPLES)) {
    it(`recognises ${language}`, () => {
      expect(detectLanguage(text)).toBe(language);
    });
  }

  // Two-line wire briefs, headline first: too short for the stop words alone.
  it.each([
    ["de", "Nordkorea\n\nRund 15.000 Nordkoreaner arbeiten in Russland."],
    ["it", "Lavoratori nordcoreani in Russia\n\nDall'autunno 2024 circa 2mila operai sono arrivati a Mosca."],
    ["fr", "Corée du Nord\n\nSelon Séoul, quelque 15 000 Nord-Coréens travaillent en Russie."],
    ["es", "Corea del Norte\n\nUnos 15.000 norcoreanos trabajan en Rusia, según Seúl."],
    ["pt", "Coreia do Norte\n\nCerca de 15 mil norte-coreanos trabalham na Rússia."],
    ["en", "North Korea\n\nSome 15,000 North Koreans work in Russia."],
    ["en", "Kim in Moscow\n\nKim Jong Un arrived in Moscow on Tuesday."],
  ])("recognises a short %s brief", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  // Briefs whose few function words are shared by several Romance languages ("la", "de", "del",
  // "des"): elided articles, accents and word endings decide.
  it.each([
    ["fr", "Main-d'œuvre\n\nPyongyang a envoyé des ouvriers l'an dernier."],
    ["fr", "Visas\n\nLa délivrance de visas étudiants a bondi."],
    ["fr", "Salaires\n\nL'État confisque jusqu'à 90 % des salaires."],
    ["es", "Corea del Norte\n\nUn aumento sin precedentes."],
    ["es", "Pyongyang envía soldados\n\nCorea del Norte desplegó más tropas."],
    ["es", "Obreros\n\nTrabajan hasta 16 horas diarias."],
    ["it", "Operai\n\nLavorano fino a 16 ore al giorno."],
    ["it", "Diplomazia\n\nUn'intesa rafforza la cooperazione."],
    ["pt", "Construção\n\nA cooperação militar ganhou força."],
    ["de", "Studenten\n\nNordkoreanische Studenten erhalten Visa."],
  ])("reads a one-sentence %s brief by its spelling", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("tells Ukrainian from Russian by letters alone", () => {
    expect(detectLanguage("Їхні інженери вже готові")).toBe("uk");
    expect(detectLanguage("Эти инженеры уже готовы")).toBe("ru");
  });

  it("reads Japanese with kanji and kana as Japanese, not Chinese", () => {
    expect(detectLanguage("東京港の新しい岸壁は来年完成する予定です。")).toBe("ja");
  });

  it("lets the page's declaration decide only when the text cannot", () => {
    expect(detectLanguage("12 345", "pt-BR")).toBe("pt");
    expect(detectLanguage(SAMPLES.de!, "en")).toBe("de");
    expect(detectLanguage("Крани", "uk")).toBe("uk");
  });

  it("falls back to English for a text without letters or hint", () => {
    expect(detectLanguage("")).toBe("en");
  });
});
