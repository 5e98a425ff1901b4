import { loadCatalog } from "@claimwatch/claims";
import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions.ts";

const { topic } = loadCatalog();
const read = (paragraphs: string[], title: string | null = null, language = "en") => findMentions({ paragraphs, title, language }, topic);

describe("findMentions", () => {
  it("finds a sentence naming North Korean labourers in Russia", () => {
    const result = read(["The weather was mild. About 15,000 North Korean labourers now work in Russia, officials say."]);
    expect(result.relevant).toBe(true);
    expect(result.mentions.map((m) => m.text)).toEqual(["About 15,000 North Korean labourers now work in Russia, officials say."]);
  });

  it.each([
    ["en", "Seoul believes some 20,000 North Koreans are now working in Russia."],
    ["ru", "По данным Сеула, сейчас в России работают около 20 тыс. граждан КНДР."],
    ["ko", "러시아에 입국한 북한 주민이 지난해 크게 늘었다고 정부가 밝혔다."],
    ["es", "Unos 30.000 norcoreanos fueron devueltos desde Rusia cuando entró en vigor la prohibición."],
    ["de", "Derzeit arbeiten nach Schätzungen rund 20.000 Nordkoreaner in Russland."],
    ["pt", "As entradas de norte-coreanos na Rússia subiram muito no ano passado."],
    ["en", "A Far Eastern region has asked Pyongyang for 2,000 North Korean builders."],
  ])("finds the topic in %s when North Koreans work in, arrive in or are sent home from Russia, without the noun 'worker'", (language, sentence) => {
    expect(read([sentence], null, language).relevant).toBe(true);
  });

  it.each([
    ["ko", "탈북민들은 러시아 건설 현장의 노동자들이 월급 대부분을 빼앗긴다고 말했다."],
    ["ja", "脱北者によると、ロシアの建設現場の労働者は賃金の大半を取り上げられる。"],
    ["zh", "据脱北者说，在俄罗斯工地的工人大部分工资被收走。"],
    ["de", "Ein Moskauer Bauunternehmer will Nordkoreaner beschäftigen, die er bereits angeworben hat."],
  ])("finds the topic in %s from defectors, hiring and recruiting words", (language, sentence) => {
    expect(read([sentence], null, language).relevant).toBe(true);
  });

  it("lets a paragraph about 'the workers' borrow the topic from the sentence before it", () => {
    const result = read([
      "Seoul says Pyongyang has sent thousands of North Korean labourers to Russia this year.",
      "The workers sleep in containers on the building sites. Most earn little.",
    ]);
    expect(result.mentions.map((m) => m.text)).toContain("The workers sleep in containers on the building sites.");
    expect(result.mentions.map((m) => m.text)).toContain("Most earn little.");
  });

  it("takes the topic from the headline", () => {
    const result = read(["Crews start at dawn and stay on site until dusk."], "Moscow builders hire North Korean crews");
    expect(result.relevant).toBe(true);
    expect(result.mentions).toHaveLength(1);
  });

  it("does not count North Korean workers in China as the topic", () => {
    const result = read([
      "Thousands of North Korean women work in seafood plants in Dandong, China.",
      "They earn a fraction of what Chinese workers earn and rarely leave the dormitories.",
    ]);
    expect(result.relevant).toBe(false);
  });

  it("does not count Russia's labour market without North Korea", () => {
    const result = read([
      "Russia is short of 1.5 million workers, the Labor Ministry says.",
      "Employers are turning to migrants from Central Asia and raising wages.",
    ]);
    expect(result.relevant).toBe(false);
  });

  it("reads Russian stems and Korean particles", () => {
    expect(read(["В Россию направлено около 15 тысяч рабочих из КНДР."], null, "ru").relevant).toBe(true);
    expect(read(["북한 노동자는 약 1만5천 명이 러시아에 파견됐다."], null, "ko").relevant).toBe(true);
  });

  it("does not read Russia's one-syllable abbreviation inside another word", () => {
    const korean = read(["북한 IT 노동자들이 미국 기업에 위장 취업해 수억 달러를 벌었다.", "미국 검찰이 관련자들을 기소했다."], "북한 IT 노동자, 미국서 수억 달러 벌어", "ko");
    expect(korean.titleGroups & 2).toBe(0);
    expect(korean.relevant).toBe(false);
    const japanese = read(["北朝鮮の労働者の実態を記者会見で披露した。"], null, "ja");
    expect(japanese.sentences[0]?.placeHits).toHaveLength(0);
  });

  it("still reads the abbreviation after another country's", () => {
    expect(read(["북러 조약 이후 북한 노동자 수천 명이 현지에 파견됐다."], null, "ko").sentences[0]?.placeHits).toHaveLength(1);
    expect(read(["日露の協議で北朝鮮の労働者が取り上げられた。"], null, "ja").sentences[0]?.placeHits).toHaveLength(1);
  });

  it("reads a place's demonym in -n as the place", () => {
    const result = read(["Pyongyang's labourers now fell timber there."], "North Korean crews head for Siberian sawmills");
    expect(result.relevant).toBe(true);
  });
});
