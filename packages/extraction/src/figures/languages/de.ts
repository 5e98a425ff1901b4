import type { LanguageSource } from "../language-source.ts";
import { currencyCodesAfter, defineWords, glued, hyphened, percentSign, spaced } from "./shared.ts";

const vague = (re: string, low: number, high: number) => ({ re, low, high, qualifier: "vague" as const });
const share = (re: string, value: number) => ({ re, value, unit: "percent" as const, form: "fraction" as const });
const about = (re: string, value: number) => ({ re, value, qualifier: "about" as const });
const MULTIPLIED: Record<string, number> = {
  vier: 4, "fünf|fuenf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, "zwölf|zwoelf": 12,
  dreizehn: 13, vierzehn: 14, "fünfzehn|fuenfzehn": 15, zwanzig: 20, "dreißig|dreissig": 30, hundert: 100,
};

export const de: LanguageSource = {
  code: "de",
  hasDecimalComma: true,
  // "dreitausend", "zweiundzwanzig", "Zwölffache": German writes number words together.
  isCompounding: true,
  words: {
    ...defineWords("add", {
      "zwei|zwo": 2, drei: 3, vier: 4, "fünf|fuenf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
      elf: 11, "zwölf|zwoelf": 12, dreizehn: 13, vierzehn: 14, "fünfzehn|fuenfzehn": 15, sechzehn: 16,
      siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, "dreißig|dreissig": 30, vierzig: 40,
      "fünfzig|fuenfzig": 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, anderthalb: 1.5,
    }),
    ...defineWords("one", { "ein|eins|eine|einen|einem|einer": 1 }),
    ...defineWords("hundred", { hundert: 100, dutzend: 12 }),
    ...defineWords("scale", { tausend: 1e3, "million|millionen": 1e6, "milliarde|milliarden": 1e9 }),
  },
  joiners: ["und"],
  wordSuffixes: {
    mal: "times", fache: "fold", fachen: "fold", facher: "fold", faches: "fold", fach: "fold",
    stündige: "hours", stündigen: "hours", stündiger: "hours", stündig: "hours",
    tägige: "days", tägigen: "days", tägiger: "days", tägig: "days",
  },
  scales: [
    { re: String.raw`Tsd\.?|Tausend`, factor: 1e3 },
    { re: String.raw`Mio\.?|Millionen|Million`, factor: 1e6 },
    { re: String.raw`Mrd\.?|Milliarden|Milliarde`, factor: 1e9 },
    { re: String.raw`Bio\.?|Billionen`, factor: 1e12 },
  ],
  phrases: [
    vague("Zehntausende|Zehntausenden", 2e4, 99999),
    vague("Hunderttausende|Hunderttausenden", 2e5, 999999),
    vague("Tausende|Tausenden", 2e3, 9999),
    vague("Hunderte|Hunderten", 200, 999),
    vague("Dutzende|Dutzenden", 24, 99),
    vague(String.raw`Millionen(?=\s+(?:von\s+)?\p{Lu})`, 2e6, 9999999),
    vague(String.raw`(?:mehrere|einige|wenige|ein\s+paar)\s+tausend`, 2e3, 9999),
    vague(String.raw`(?:mehrere|einige|wenige|ein\s+paar)\s+hundert`, 200, 999),
    vague(String.raw`(?:mehrere|einige|wenige|ein\s+paar)\s+Millionen`, 2e6, 9999999),
    about(String.raw`ein\s+Dutzend`, 12),
    vague(String.raw`(?:mehrere|einige|ein\s+paar)\s+Dutzend`, 24, 99),
    { re: "verdoppelt|verdoppelte|verdoppelten", value: 2, unit: "fold", direction: "up" },
    { re: "verdreifacht|verdreifachte|verdreifachten", value: 3, unit: "fold", direction: "up" },
    // "vervierfacht", "verzwölffachte", "verzehnfachen": multiplied by the number inside the verb.
    ...Object.entries(MULTIPLIED).map(([word, value]) => ({
      re: `ver(?:${word})fach(?:t|te|ten|en)`, value, unit: "fold" as const, direction: "up" as const,
    })),
    { re: String.raw`doppelt(?=\s+so)|(?<=das\s+)Doppelte`, value: 2, unit: "fold" },
    share(String.raw`(?<!(?:ersten|zweiten)\s+)Hälfte`, 50),
    share(String.raw`jede[rn]?\s+zweite[n]?`, 50),
    share(String.raw`jede[rn]?\s+dritte[n]?`, 33.3),
    share(String.raw`jede[rn]?\s+fünfte[n]?`, 20),
    share(String.raw`jede[rn]?\s+zehnte[n]?`, 10),
  ],
  denominators: { drittel: 3, viertel: 4, fünftel: 5, zehntel: 10 },
  cupRounds: String.raw`finale\b`,
  ratioConnectors: ["von"],
  qualifiersBefore: [
    ["rund", "about"], ["etwa", "about"], ["ungefähr", "about"], ["circa", "about"], ["ca.", "about"],
    ["zirka", "about"], ["schätzungsweise", "about"], ["geschätzt", "about"], ["geschätzte", "about"],
    ["knapp", "nearly"], ["fast", "nearly"], ["beinahe", "nearly"], ["nahezu", "nearly"], ["annähernd", "nearly"],
    ["mehr als", "more_than"], ["über", "more_than"], ["weit über", "more_than"], ["gut", "more_than"],
    ["mindestens", "at_least"], ["wenigstens", "at_least"], ["bis zu", "up_to"], ["höchstens", "up_to"],
    ["maximal", "up_to"], ["weniger als", "less_than"], ["unter", "less_than"], ["nur", "exact"],
    ["lediglich", "exact"], ["gerade einmal", "exact"],
    ["geschätzt auf", "about"], ["übersteigt", "more_than"], ["übersteigen", "more_than"], ["überstieg", "more_than"],
    ["überschritten", "more_than"], ["überschreitet", "more_than"], ["übertrifft", "more_than"], ["übertraf", "more_than"],
  ],
  qualifierArticles: "dem|das|den|der|die",
  ordinalDotBefore:
    "der|die|das|den|dem|des|zum|zur|am|im|vom|beim|ins|ein|eine|einer|einen|einem|eines|" +
    "sein|seine|seiner|seinen|seinem|ihr|ihre|ihrer|ihren|ihrem|unser|unsere|jede|jeder|jedes|jeden|diese|dieser|diesen|diesem",
  qualifierAsPrepositionAfter: String.raw`vertrag|verträge|vertrages|vertrags|abkommen|vereinbarung|auftrag|aufträge|antrag|anfrage|bestellung|rechnung|scheck|kredit|darlehen`,
  qualifiersAfter: [[spaced(String.raw`(?:und|oder)\s+mehr`), "at_least"]],
  units: [
    { re: spaced("Prozentpunkte|Prozentpunkten|Prozentpunkt"), unit: "percent", isPoints: true },
    percentSign,
    { re: spaced("Prozent"), unit: "percent" },
    { re: spaced("(?:US-)?Dollar"), unit: "usd" },
    { re: spaced("Euro"), unit: "money", currency: "EUR" },
    { re: spaced("Rubel"), unit: "money", currency: "RUB" },
    { re: spaced(String.raw`nordkoreanische[n]?\s+Won`), unit: "money", currency: "KPW" },
    { re: spaced("Won"), unit: "money", currency: "KRW" },
    { re: spaced("Yuan"), unit: "money", currency: "CNY" },
    { re: spaced("Hrywnja|Griwna"), unit: "money", currency: "UAH" },
    ...currencyCodesAfter,
    { re: hyphened(String.raw`fach\p{L}*`), unit: "fold" },
    { re: spaced("mal|Mal"), unit: "fold", isTimes: true },
    { re: glued("mal"), unit: "fold", isTimes: true },
    { re: hyphened(String.raw`Stunden|stündig\p{L}*`), unit: "hours", isModifier: true },
    { re: spaced(String.raw`Stunden|Stunde|Std\.`), unit: "hours" },
    { re: hyphened(String.raw`Tages|Tage|tägig\p{L}*`), unit: "days", isModifier: true },
    { re: spaced("Tagen|Tage|Tag"), unit: "days" },
    { re: spaced(String.raw`Jahre\s+alt`), unit: "count", isAge: true },
    { re: hyphened(String.raw`[jJ]ährig\p{L}*`), unit: "count", isAge: true },
    { re: spaced(String.raw`Jahren|Jahre|Jahr|Monaten|Monate|Wochen|Woche|Jahrzehnten|Jahrzehnte|Minuten`), unit: "count", isDuration: true },
    { re: hyphened(String.raw`jährig\p{L}*|monatig\p{L}*|Jahres\p{L}*`), unit: "count", isDuration: true },
  ],
  rangeGaps: [String.raw`\s*[-–—]\s*`, String.raw`\s+(?:bis|oder)\s+`],
  rangeFrames: [
    { before: "zwischen", gap: String.raw`\s+und\s+` },
    { before: "von", gap: String.raw`(?:\s+im\s+Jahr\s+(?:19|20)\d{2})?\s+auf\s+`, isChange: true },
    { before: "von", gap: String.raw`\s+bis\s+` },
  ],
  changeUp:
    "gestiegen|stieg|stiegen|steigt|steigen|angestiegen|erhöht|erhöhte|erhöhten|zugenommen|wuchs|wuchsen|" +
    "wächst|gewachsen|Anstieg|Zuwachs|Plus|zugelegt|legte|legten|mehr|höher",
  changeDown:
    "gesunken|sank|sanken|sinkt|sinken|gefallen|fiel|fielen|fällt|zurückgegangen|verringert|verringerte|verringerten|" +
    "gesenkt|Rückgang|Minus|geschrumpft|schrumpfte|schrumpften|weniger|niedriger",
  changePrepositions: { um: "by", auf: "to", von: "from" },
  changeReach: String.raw`und\s+(?:erreichte|erreicht)|auf\s+nunmehr|auf\s+inzwischen`,
  revisionVerbs: String.raw`korrigiert\p{L}*|revidiert\p{L}*|aktualisiert\p{L}*|angehoben|hob|senkte|gesenkt|erhöhte|erhöht`,
  foldBefore: String.raw`vervielfacht\p{L}*\s+(?:um|auf)`,
  comparatives: String.raw`mehr|höher|größer|so\s+viele|so\s+viel|so\s+hoch|als`,
  months: String.raw`Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\.|Feb\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.`,
  periodsBeforeYear:
    "Frühjahr|Frühjahrs|Frühling|Frühlings|Sommer|Sommers|Herbst|Herbstes|Winter|Winters|Anfang|Mitte|Ende",
  labels: String.raw`Resolution(?:en)?|Artikel|Art\.|Nr\.|Nummer|Absatz|Abs\.|Paragra(?:f|ph)|§|Kapitel|Seite|S\.|Flug|Lager|Büro|Einheit|Abschnitt|Ziffer|Platz|Rang`,
  ageBefore: String.raw`im\s+Alter\s+von|Alter\s+von`,
  ageAfter: String.raw`Jahre`,
  timeAfter: String.raw`\s+Uhr`,
  ratioBefore: String.raw`die\s+Arbeit\s+von|ersetzt|ersetzen|so\s+viel\s+wie`,
  stopWords: (
    "der die das den dem des ein eine einen einem einer und oder aber in im an am auf aus bei mit nach von vom zu zum " +
    "zur für über unter um als wie dass sind ist war waren wurde wurden werden wird hat haben hatte hatten sein ihr " +
    "ihre sie er es wir man nicht auch noch nur schon bereits dieser diese dieses pro je mehr weniger seit bis laut"
  ).split(" "),
  ofWords: ["von"],
  shareOfWords: ["der", "des", "ihrer", "ihres", "seiner", "seines", "dieser", "dieses", "aller"],
  leftOfWords: ["von"],
  pronouns: ["ihnen", "denen"],
  hasCapitalNouns: true,
};
