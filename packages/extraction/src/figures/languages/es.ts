import type { LanguageSource } from "../language-source.ts";
import { currencyCodesAfter, defineWords, percentSign, spaced } from "./shared.ts";

const vague = (re: string, low: number, high: number) => ({ re, low, high, qualifier: "vague" as const });
const about = (re: string, value: number) => ({ re, value, qualifier: "about" as const });
const share = (re: string, value: number) => ({ re, value, unit: "percent" as const, form: "fraction" as const });

export const es: LanguageSource = {
  code: "es",
  hasDecimalComma: true,
  keepsApostrophes: false,
  words: {
    ...defineWords("add", {
      dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
      trece: 13, catorce: 14, quince: 15, "dieciséis|dieciseis": 16, diecisiete: 17, dieciocho: 18,
      diecinueve: 19, veinte: 20, veintiuno: 21, "veintidós|veintidos": 22, "veintitrés|veintitres": 23,
      veinticuatro: 24, veinticinco: 25, "veintiséis|veintiseis": 26, veintisiete: 27, veintiocho: 28,
      veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80,
      noventa: 90, "cien|ciento": 100, "doscientos|doscientas": 200, "trescientos|trescientas": 300,
      "cuatrocientos|cuatrocientas": 400, "quinientos|quinientas": 500, "seiscientos|seiscientas": 600,
      "setecientos|setecientas": 700, "ochocientos|ochocientas": 800, "novecientos|novecientas": 900,
    }),
    ...defineWords("one", { "un|uno|una": 1 }),
    ...defineWords("scale", { mil: 1e3, "millón|millon|millones": 1e6 }),
  },
  joiners: ["y"],
  scales: [
    // "mil millones" is a billion; it must win over "mil".
    { re: String.raw`mil\s+millones`, factor: 1e9 },
    { re: "mil", factor: 1e3 },
    { re: "millones|millón|millon", factor: 1e6 },
    { re: "billones", factor: 1e12 },
  ],
  phrases: [
    vague(String.raw`decenas\s+de\s+miles`, 1e4, 1e5),
    vague(String.raw`(?:cientos|centenares)\s+de\s+miles`, 1e5, 1e6),
    vague(String.raw`millones(?=\s+de)`, 1e6, 1e7),
    vague("miles", 1e3, 1e4),
    vague("cientos|centenares", 100, 1e3),
    vague("decenas", 20, 100),
    vague(String.raw`(?:varios|unos|algunos)\s+miles`, 2e3, 9e3),
    vague(String.raw`(?:varios|unos|algunos)\s+cientos`, 200, 900),
    about(String.raw`una\s+docena`, 12),
    about(String.raw`una\s+decena`, 10),
    about(String.raw`un\s+centenar`, 100),
    about(String.raw`un\s+millar`, 1000),
    { re: "duplicó|duplicaron|duplicado", value: 2, unit: "fold", direction: "up" },
    { re: "triplicó|triplicaron|triplicado", value: 3, unit: "fold", direction: "up" },
    { re: String.raw`(?<=el\s+)doble`, value: 2, unit: "fold" },
    { re: String.raw`(?<=el\s+)triple`, value: 3, unit: "fold" },
    share(String.raw`(?<!(?:primera|segunda)\s+)mitad`, 50),
    share(String.raw`(?<=la\s+)cuarta\s+parte`, 25),
    share(String.raw`(?<=la\s+)quinta\s+parte`, 20),
  ],
  denominators: { tercio: 3, tercios: 3, décimo: 10, décimos: 10 },
  fractionFollower: String.raw`\s+(?:de|del)\b`,
  ratioConnectors: ["de cada"],
  qualifiersBefore: [
    ["alrededor de", "about"], ["unos", "about"], ["unas", "about"], ["cerca de", "about"],
    ["aproximadamente", "about"], ["en torno a", "about"], ["casi", "nearly"], ["cerca del", "about"], ["alrededor del", "about"], ["más de", "more_than"], ["más del", "more_than"],
    ["poco más de", "more_than"], ["al menos", "at_least"], ["por lo menos", "at_least"],
    ["como mínimo", "at_least"], ["hasta", "up_to"], ["como máximo", "up_to"], ["menos de", "less_than"], ["menos del", "less_than"],
    ["poco menos de", "less_than"], ["apenas", "exact"], ["solo", "exact"], ["sólo", "exact"], ["solamente", "exact"],
  ],
  qualifierArticles: String.raw`el|los|las|la`,
  qualifiersAfter: [[spaced(String.raw`o\s+más`), "at_least"]],
  units: [
    { re: spaced(String.raw`puntos\s+porcentuales`), unit: "percent", isPoints: true },
    percentSign,
    { re: spaced(String.raw`por\s+ciento`), unit: "percent" },
    { re: spaced("dólares|dólar|dolares"), unit: "usd" },
    { re: spaced("euros?"), unit: "money", currency: "EUR" },
    { re: spaced("rublos?"), unit: "money", currency: "RUB" },
    { re: spaced(String.raw`wones?\s+norcoreanos`), unit: "money", currency: "KPW" },
    { re: spaced("wones|won"), unit: "money", currency: "KRW" },
    { re: spaced("yuanes|yuan"), unit: "money", currency: "CNY" },
    ...currencyCodesAfter,
    { re: spaced("veces"), unit: "fold", isTimes: true },
    { re: spaced("horas?"), unit: "hours" },
    { re: spaced("días?|dias?"), unit: "days" },
    { re: spaced(String.raw`años\s+de\s+edad`), unit: "count", isAge: true },
  ],
  rangeGaps: [String.raw`\s*[-–—]\s*`, String.raw`\s+(?:a|hasta|o)\s+`],
  rangeFrames: [
    { before: "entre", gap: String.raw`\s+y\s+` },
    { before: "de", gap: String.raw`(?:\s+en\s+(?:19|20)\d{2})?\s+(?:a|hasta)\s+` },
  ],
  changeUp: "aumentó|aumentaron|aumento|creció|crecieron|crecimiento|subió|subieron|pasó|pasaron|saltó|alza|disparó|más",
  changeDown: "disminuyó|disminuyeron|cayó|cayeron|caída|bajó|bajaron|descenso|redujo|reducción|menos",
  changePrepositions: { en: "by", un: "by", de: "from", a: "to", hasta: "to" },
  foldBefore: String.raw`multiplic\p{L}*\s+por`,
  comparatives: "más|mayor|superior|menos",
  months: "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
  labels: String.raw`resolución|resoluciones|artículo|art\.|nº|núm\.|número|párrafo|capítulo|página|campo|unidad|sección`,
  ageBefore: String.raw`edad\s+de|edades\s+de|edades\s+entre`,
  ageAfter: "años",
  ratioBefore: String.raw`el\s+trabajo\s+de|sustituye|sustituyen|reemplaza|reemplazan|equivale\s+a|tanto\s+como`,
  stopWords: (
    "a el la los las un una unos unas de del en por para con sin y o e u pero que quien cuyo es son era eran fue fueron " +
    "será serán tiene tienen había hay no se su sus este esta estos estas ese esa eso como más menos según tras " +
    "antes desde entre sobre hasta al lo le les ya también están está estaban estuvieron fueron llegaron trabajan quedaron murieron resultaron"
  ).split(" "),
  ofWords: ["de", "del"],
  leftOfWords: ["de"],
  determiners: ["los", "las", "sus"],
  pronouns: ["ellos", "ellas", "quienes"],
  verbEnding: "aron|ieron|aban|ían",
  hasCapitalLabels: true,
};
