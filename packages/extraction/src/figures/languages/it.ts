import type { LanguageSource } from "../language-source.ts";
import { currencyCodesAfter, defineWords, percentSign, spaced } from "./shared.ts";

const vague = (re: string, low: number, high: number) => ({ re, low, high, qualifier: "vague" as const });
const about = (re: string, value: number) => ({ re, value, qualifier: "about" as const });

export const it: LanguageSource = {
  code: "it",
  hasDecimalComma: true,
  keepsApostrophes: false,
  // "ventidue", "tremila", "duecento": Italian writes number words together, eliding vowels.
  isCompounding: true,
  words: {
    ...defineWords("add", {
      due: 2, "tre|tré": 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11,
      dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
      diciannove: 19, "venti|vent": 20, "trenta|trent": 30, "quaranta|quarant": 40, "cinquanta|cinquant": 50,
      "sessanta|sessant": 60, "settanta|settant": 70, "ottanta|ottant": 80, "novanta|novant": 90,
    }),
    ...defineWords("one", { "uno|una|un": 1 }),
    ...defineWords("hundred", { "cento|cent": 100 }),
    ...defineWords("scale", { "mille|mila": 1e3, "milione|milioni": 1e6, "miliardo|miliardi": 1e9 }),
  },
  joiners: ["e"],
  scales: [
    { re: "mila", factor: 1e3 },
    { re: "mln|milioni|milione", factor: 1e6 },
    { re: "mld|mrd|miliardi|miliardo", factor: 1e9 },
  ],
  phrases: [
    vague(String.raw`decine\s+di\s+migliaia`, 2e4, 99999),
    vague(String.raw`centinaia\s+di\s+migliaia`, 2e5, 999999),
    vague(String.raw`milioni(?=\s+di)`, 2e6, 9999999),
    vague("migliaia", 2e3, 9999),
    vague("centinaia", 200, 999),
    vague("decine", 20, 99),
    vague(String.raw`(?:diverse|alcune|varie)\s+migliaia`, 2e3, 9999),
    vague(String.raw`(?:diverse|alcune|varie)\s+centinaia`, 200, 999),
    about(String.raw`una\s+dozzina`, 12),
    about(String.raw`una\s+decina`, 10),
    about(String.raw`una\s+ventina`, 20),
    about(String.raw`una\s+trentina`, 30),
    about(String.raw`un\s+centinaio`, 100),
    about(String.raw`un\s+migliaio`, 1000),
    { re: "raddoppiat[oaie]", value: 2, unit: "fold", direction: "up" },
    { re: "triplicat[oaie]", value: 3, unit: "fold", direction: "up" },
    { re: String.raw`(?<=il\s+)doppio`, value: 2, unit: "fold" },
    { re: String.raw`(?<=il\s+)triplo`, value: 3, unit: "fold" },
    { re: String.raw`(?<!(?:prima|seconda)\s+)metà`, value: 50, unit: "percent", form: "fraction" },
  ],
  denominators: { terzo: 3, terzi: 3, quarto: 4, quarti: 4, quinto: 5, quinti: 5, decimo: 10, decimi: 10 },
  fractionFollower: String.raw`\s+(?:di|dei|degli|delle|della|del|dell['’])`,
  ratioConnectors: ["su"],
  qualifiersBefore: [
    ["circa", "about"], ["intorno a", "about"], ["intorno ai", "about"], ["attorno ai", "about"],
    ["all'incirca", "about"], ["approssimativamente", "about"], ["quasi", "nearly"], ["oltre", "more_than"],
    ["più di", "more_than"], ["più del", "more_than"], ["più dell'", "more_than"], ["poco più di", "more_than"], ["almeno", "at_least"], ["non meno di", "at_least"],
    ["fino a", "up_to"], ["al massimo", "up_to"], ["un massimo di", "up_to"], ["meno di", "less_than"], ["meno del", "less_than"],
    ["poco meno di", "less_than"], ["solo", "exact"], ["soltanto", "exact"], ["appena", "exact"], ["ben", "exact"],
  ],
  qualifierArticles: String.raw`il|l['’]|lo|i|gli|la|le|altri|altre`,
  qualifiersAfter: [
    [spaced("circa"), "about"],
    [spaced(String.raw`(?:e|o)\s+più`), "at_least"],
  ],
  units: [
    { re: spaced(String.raw`punti\s+percentuali`), unit: "percent", isPoints: true },
    percentSign,
    { re: spaced(String.raw`per\s?cento`), unit: "percent" },
    { re: spaced("dollari|dollaro"), unit: "usd" },
    { re: spaced("euro"), unit: "money", currency: "EUR" },
    { re: spaced("rubli|rublo"), unit: "money", currency: "RUB" },
    { re: spaced(String.raw`won\s+nordcoreani`), unit: "money", currency: "KPW" },
    { re: spaced("won"), unit: "money", currency: "KRW" },
    { re: spaced("yuan"), unit: "money", currency: "CNY" },
    ...currencyCodesAfter,
    { re: spaced("volte"), unit: "fold", isTimes: true },
    { re: spaced("ore|ora"), unit: "hours" },
    { re: spaced("giorni|giorno"), unit: "days" },
    { re: spaced(String.raw`anni\s+di\s+età`), unit: "count", isAge: true },
    { re: spaced(String.raw`anni|anno|mesi|mese|settimane|minuti`), unit: "count", isDuration: true },
  ],
  rangeGaps: [String.raw`\s*[-–—]\s*`, String.raw`\s+(?:a|o)\s+`],
  rangeFrames: [
    { before: String.raw`(?:tra|fra)(?:\s+(?:i|gli|le))?`, gap: String.raw`\s+e\s+(?:(?:i|gli|le)\s+)?` },
    { before: "da", gap: String.raw`(?:\s+nel\s+(?:19|20)\d{2})?\s+a\s+` },
  ],
  changeUp: "aumentat[oaie]|aumento|aumenta|cresciut[oaie]|crescita|cresce|salit[oaie]|sale|balzat[oaie]|balzo|incremento|passat[oaie]|più",
  changeDown: "diminuit[oaie]|diminuzione|calat[oaie]|calo|cala|scesa|sceso|scesi|scese|crollat[oaie]|crollo|ridott[oaie]|riduzione|meno",
  changePrepositions: { del: "by", di: "by", a: "to", da: "from" },
  foldBefore: String.raw`moltiplicat\p{L}*\s+per`,
  comparatives: String.raw`più|maggior[ei]|superior[ei]|meno`,
  yearPrepositions: String.raw`nel|dal|al|fino\s+al|entro\s+il|tra\s+il|fra\s+il|e|del|anno|di|in|il`,
  months: "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
  labels: String.raw`risoluzion[ei]|articol[oi]|art\.|n\.|nr\.|numero|comma|capitolo|pagina|pag\.|campo|ufficio|unità|sezione`,
  ageBefore: String.raw`età\s+di|all['’]età\s+di|di\s+età\s+(?:compresa\s+)?tra`,
  ageAfter: "anni",
  ratioBefore: String.raw`il\s+lavoro\s+di|sostituisce|sostituiscono|sostituire|quanto`,
  stopWords: (
    "a il lo la i gli le l un una uno di del della dei degli delle da dal dalla dai in nel nella nei su sul sulla per " +
    "con tra fra e o ma che chi cui è sono era erano ha hanno stato stati stata state sarà saranno non si ci ne loro " +
    "suo sua suoi sue questo questa questi queste quello come più meno secondo dopo prima lavorano arrivati inviati"
  ).split(" "),
  ofWords: ["di", "dei", "degli", "delle", "della", "del", "dell'", "tra"],
  leftOfWords: ["di"],
  determiners: ["i", "gli", "le", "loro", "suoi", "sue"],
  pronouns: ["loro", "quali", "essi"],
  hasCapitalLabels: true,
};
