import type { LanguageSource } from "../language-source.ts";
import { currencyCodesAfter, defineWords, hyphened, percentSign, spaced } from "./shared.ts";

const vague = (re: string, low: number, high: number) => ({ re, low, high, qualifier: "vague" as const });
const share = (re: string, value: number) => ({ re, value, unit: "percent" as const, form: "fraction" as const });
const PAST = "(?:ся|ася|ося|ися|и|а|о)?";
// Ukrainian writes the apostrophe three ways: п'ять, п’ять, пʼять. Words are looked up with "'".
const AP = "['’ʼ]";

export const uk: LanguageSource = {
  code: "uk",
  hasDecimalComma: true,
  words: {
    ...defineWords("add", {
      "два|дві|двох|двом|двома": 2, "три|трьох|трьом|трьома": 3, "чотири|чотирьох|чотирьом": 4,
      "п'ять|п'яти|п'ятьма": 5, "шість|шести": 6, "сім|семи": 7, "вісім|восьми": 8, "дев'ять|дев'яти": 9,
      "десять|десяти": 10, "одинадцять|одинадцяти": 11, "дванадцять|дванадцяти": 12,
      "тринадцять|тринадцяти": 13, "чотирнадцять|чотирнадцяти": 14, "п'ятнадцять|п'ятнадцяти": 15,
      "шістнадцять|шістнадцяти": 16, "сімнадцять|сімнадцяти": 17, "вісімнадцять|вісімнадцяти": 18,
      "дев'ятнадцять|дев'ятнадцяти": 19, "двадцять|двадцяти": 20, "тридцять|тридцяти": 30, "сорок|сорока": 40,
      "п'ятдесят|п'ятдесяти": 50, "шістдесят|шістдесяти": 60, "сімдесят|сімдесяти": 70,
      "вісімдесят|вісімдесяти": 80, "дев'яносто": 90, "сто|ста": 100, "двісті|двохсот": 200,
      "триста|трьохсот": 300, "чотириста|чотирьохсот": 400, "п'ятсот|п'ятисот": 500, "шістсот|шестисот": 600,
      "сімсот|семисот": 700, "вісімсот|восьмисот": 800, "дев'ятсот|дев'ятисот": 900, "півтора|півтори": 1.5, "двоє|двох": 2, "троє|трьох": 3, четверо: 4, "п'ятеро": 5,
      шестеро: 6, семеро: 7,
    }),
    ...defineWords("one", { "один|одна|одне|одного|однієї|одну": 1 }),
    // "два десятки", "півтора десятка", "три сотні": a group noun multiplies the number before it.
    ...defineWords("hundred", { "десяток|десятка|десятків|десятком|десятками": 10, "сотня|сотні|сотень|сотню|сотнями": 100 }),
    ...defineWords("scale", {
      "тисяча|тисячі|тисяч|тисячу|тисячам|тисячами|тисячах|тисячею": 1e3,
      "мільйон|мільйона|мільйони|мільйонів|мільйонам|мільйонами|мільйонах|мільйоном|мільйоні": 1e6,
      "мільярд|мільярда|мільярди|мільярдів|мільярдам|мільярдами|мільярдах": 1e9,
    }),
  },
  wordSuffixes: Object.fromEntries(["кратний", "кратного", "кратне", "кратно", "кратному", "кратна"].map((s) => [s, "fold"])),
  scales: [
    // "12-тисячний контингент": a scale written as an adjective after a hyphen.
    { re: String.raw`[-‐]тисячн\p{L}*`, factor: 1e3, glued: true },
    { re: String.raw`[-‐]мільйонн\p{L}*`, factor: 1e6, glued: true },
    { re: String.raw`тис\.?|тисяч(?:а|і|у|ам|ами|ах|ею)?`, factor: 1e3 },
    { re: String.raw`млн\.?|мільйон(?:а|и|ів|ам|ами|ах|ом|і)?`, factor: 1e6 },
    { re: String.raw`млрд\.?|мільярд(?:а|и|ів|ам|ами|ах)?`, factor: 1e9 },
  ],
  phrases: [
    vague(String.raw`десятк(?:и|ів|ами)\s+тисяч`, 2e4, 99999),
    vague(String.raw`сот(?:ні|ень|нями)\s+тисяч`, 2e5, 999999),
    vague(String.raw`десятк(?:и|ів|ами)\s+мільйонів`, 2e7, 99999999),
    vague(String.raw`сот(?:ні|ень|нями)\s+мільйонів`, 2e8, 999999999),
    vague(String.raw`кілька\s+мільйонів`, 2e6, 9999999),
    vague("мільйони", 2e6, 9999999),
    vague("тисячі|тисячами", 2e3, 9999),
    vague("сотні|сотнями", 200, 999),
    vague("десятки|десятками", 20, 99),
    vague(String.raw`кілька\s+тисяч`, 2e3, 9999),
    vague(String.raw`кілька\s+сотень`, 200, 999),
    vague(String.raw`кілька\s+десятків`, 20, 99),
    { re: "удвічі|вдвічі", value: 2, unit: "fold" },
    { re: "утричі|втричі", value: 3, unit: "fold" },
    { re: `подвоїл${PAST}`, value: 2, unit: "fold", direction: "up" },
    share(String.raw`(?<!(?:перш|друг)(?:ій|у|а)\s+)половин(?:а|и|у|і|ою)`, 50),
    share(String.raw`(?<!(?:дві|двох)\s+)третин(?:а|у|и)`, 33.3),
    share(String.raw`(?<!(?:три|трьох)\s+)чверт(?:ь|і)`, 25),
    share(`кожн(?:ий|ого|ому)\\s+п${AP}ят(?:ий|ого|ому)`, 20),
    share(String.raw`кожн(?:ий|ого|ому)\s+десят(?:ий|ого|ому)`, 10),
  ],
  denominators: { третини: 3, третин: 3, чверті: 4, чвертей: 4, "п'ятих": 5, десятих: 10 },
  ratioConnectors: ["з", "із"],
  qualifiersBefore: [
    ["близько", "about"], ["приблизно", "about"], ["орієнтовно", "about"], ["майже", "nearly"],
    ["понад", "more_than"], ["перевищило", "more_than"], ["перевищила", "more_than"], ["перевищує", "more_than"], ["перевищили", "more_than"], ["перевищив", "more_than"], ["перевищують", "more_than"], ["перевищать", "more_than"], ["перевищить", "more_than"], ["більше ніж", "more_than"], ["більш ніж", "more_than"], ["більше", "more_than"],
    ["щонайменше", "at_least"], ["не менше ніж", "at_least"], ["не менш ніж", "at_least"], ["не менше", "at_least"],
    ["принаймні", "at_least"], ["до", "up_to"], ["не більше", "up_to"], ["не більше ніж", "up_to"],
    ["менше ніж", "less_than"], ["менш ніж", "less_than"], ["лише", "exact"], ["тільки", "exact"], ["всього", "exact"],
  ],
  qualifierArticles: "в|у|на",
  qualifiersAfter: [
    [spaced(String.raw`з\s+гаком`), "more_than"],
    [spaced(String.raw`(?:і|або)\s+більше`), "at_least"],
  ],
  units: [
    { re: spaced(String.raw`в\.\s?п\.|відсоткових\s+пункт(?:ів|и)`), unit: "percent", isPoints: true },
    percentSign,
    { re: spaced(String.raw`відсот(?:ок|ки|ка|ків)`), unit: "percent" },
    { re: spaced(String.raw`(?:американських\s+)?долар(?:ів|и|а)?|дол\.`), unit: "usd" },
    { re: spaced(String.raw`(?:російських\s+)?рубл(?:ів|і|я|ь)|руб\.`), unit: "money", currency: "RUB" },
    { re: spaced(String.raw`гривень|гривні|гривня|грн\.?`), unit: "money", currency: "UAH" },
    { re: spaced("північнокорейських\\s+вон"), unit: "money", currency: "KPW" },
    { re: spaced("вон"), unit: "money", currency: "KRW" },
    { re: spaced("євро"), unit: "money", currency: "EUR" },
    ...currencyCodesAfter,
    { re: spaced("раз(?:и|ів)?"), unit: "fold", isTimes: true },
    { re: hyphened(String.raw`годинн\p{L}*`), unit: "hours", isModifier: true },
    { re: spaced("годин(?:и|а|у)?"), unit: "hours" },
    { re: spaced(String.raw`дн(?:ів|і)|день|діб|доби`), unit: "days" },
    { re: hyphened(String.raw`річн\p{L}*`), unit: "count", isAge: true },
    { re: spaced(String.raw`р\.|рок(?:у|ів|и)?|році`), unit: "count", isYear: true },
    { re: spaced(String.raw`років|рік|місяц(?:ів|і|ь)|тижн(?:ів|і)|тиждень|хвилин`), unit: "count", isDuration: true },
  ],
  rangeGaps: [String.raw`\s*[-–—]\s*`, String.raw`\s+(?:до|або)\s+`],
  rangeFrames: [
    { before: "від", gap: String.raw`\s+до\s+` },
    { before: "з", gap: String.raw`\s+до\s+` },
    { before: "між", gap: String.raw`\s+(?:і|та)\s+` },
  ],
  changeUp: `зріс|зросл${PAST}|збільшил${PAST}|збільшення|зростання|підскочил${PAST}|більше|вище`,
  changeDown: `знизил${PAST}|скоротил${PAST}|зменшил${PAST}|скорочення|зниження|падіння|впал${PAST}|менше|нижче`,
  changePrepositions: { на: "by", в: "by", у: "by", до: "to", з: "from", від: "from" },
  timesPrefix: "в|у",
  comparatives: String.raw`більше|більш|вище|менше|нижче|перевищ\p{L}*`,
  yearPrepositions: String.raw`в|у|з|із|до|к|по|від|після|перед|між|і|та|за|на`,
  months:
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
  labels: String.raw`резолюці[яїюі]|статт[яіюі]|пункт[уі]?|№|номер|частин[аи]|розділ[уі]?|рейс[уі]?`,
  ageBefore: String.raw`у\s+віці|в\s+віці|віком`,
  ratioBefore: String.raw`роботу|замінює|замінюють|замінити|замість|працю\p{L}*\s+за`,
  stopWords: (
    "в у на і й та або але а з із зі до для про при під над що як це були був була було буде будуть є не ні же вже " +
    "ще також який які яких яка цьому цих ці їх його її вони він вона ми ви я всі всього більш менш близько майже " +
    "ніж році року років тоді зараз лише тільки"
  ).split(" "),
  ofWords: ["з", "із"],
  pronouns: ["них", "яких"],
  verbEnding: "ли|ло|ла|сь|ся|ють|ять|уть|ає|ться|ено|ені|ано|ані",
};
