import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.ts";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at full stops followed by a capital", () => {
    expect(sentencesOf("Workers arrived in May. They left in June.")).toEqual(["Workers arrived in May.", "They left in June."]);
  });

  it("does not break after titles, months and initials", () => {
    const text = "Mr. Orlov met Dr. Kim on Sept. 13 at St. Petersburg's port. J. Smith reported it.";
    expect(sentencesOf(text)).toEqual(["Mr. Orlov met Dr. Kim on Sept. 13 at St. Petersburg's port.", "J. Smith reported it."]);
  });

  it("keeps dotted abbreviations and decimals inside the sentence", () => {
    expect(sentencesOf("The U.N. panel counted 1.5 million. The U.S. agreed.")).toEqual([
      "The U.N. panel counted 1.5 million.",
      "The U.S. agreed.",
    ]);
  });

  it("ends a sentence after a closing quote", () => {
    expect(sentencesOf('"The more, the merrier." Orlov laughed.')).toEqual(['"The more, the merrier."', "Orlov laughed."]);
  });

  it("splits Chinese and Japanese at their full stops", () => {
    expect(sentencesOf("约1.5万名工人在俄罗斯。他们每天工作12小时。")).toEqual(["约1.5万名工人在俄罗斯。", "他们每天工作12小时。"]);
  });

  it("does not split before a lower-case word or after a Russian abbreviation", () => {
    expect(sentencesOf("Около 15 тыс. рабочих приехали. Потом еще.")).toEqual(["Около 15 тыс. рабочих приехали.", "Потом еще."]);
  });

  it("ends a sentence at a scale abbreviation after a number when a capital follows", () => {
    expect(sentencesOf("Спрос вырос до 2,4 млн. Позже ведомство уточнило данные.")).toEqual([
      "Спрос вырос до 2,4 млн.",
      "Позже ведомство уточнило данные.",
    ]);
    expect(sentencesOf("Vinieron 12 mil. Las cifras son oficiales.")).toEqual(["Vinieron 12 mil.", "Las cifras son oficiales."]);
    expect(sentencesOf("Es fehlen 1,2 Mio. Die Behörde widerspricht.")).toEqual(["Es fehlen 1,2 Mio.", "Die Behörde widerspricht."]);
  });

  it("keeps a scale abbreviation with the currency or German noun it counts", () => {
    expect(sentencesOf("Es kostet 3 Mio. Euro und bindet 2 Mio. Arbeitsstunden. Dann kam mehr.")).toEqual([
      "Es kostet 3 Mio. Euro und bindet 2 Mio. Arbeitsstunden.",
      "Dann kam mehr.",
    ]);
  });

  it("joins a sentence that is only a number to the one that says what it counts", () => {
    expect(sentencesOf("Two. The number of Russian workers one tiler replaces. Next item.")).toEqual([
      "Two. The number of Russian workers one tiler replaces.",
      "Next item.",
    ]);
  });
});
