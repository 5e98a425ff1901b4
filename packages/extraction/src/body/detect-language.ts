// Language of a text, as an ISO 639-1 code: the script first (Hangul, kana, Han, Cyrillic,
// Latin), then letters and frequent function words within the script. Fast and good enough to
// route a news article; not a general-purpose identifier.
import { normalizeLanguageTag } from "./find-page-facts.ts";

const SAMPLE_CHARS = 6000;
const FALLBACK = "en";

const STOP_WORDS: Record<string, string[]> = {
  en: "the and of to is in that it was for with as on are he she by this have from has were they which be at not but said will would their".split(" "),
  de: "der die und das ist nicht ein eine zu den mit sich des auf für im dem auch es von wird sind wurde bei nach aus einer oder wie hat ich wir".split(" "),
  fr: "le la les et des est une un du que qui dans pour pas sur au avec ce il elle sont par plus ont été mais cette aux ses nous être".split(" "),
  it: "il di che e la per un una non sono della del con gli le da è nel alla anche ha dei delle questo più come stato essere ma nella".split(" "),
  pt: "o os de que e do da em um uma para com não é dos das no na por mais se foi ao como ser seu sua também são ainda pelo pela".split(" "),
  es: "el la de que y en los las del se por un una para con no es al lo como más pero sus su ha fue este esta también son muy hay".split(" "),
  ru: "и в не что на с как это по но из за для от его она он они так же было был была бы только уже".split(" "),
  uk: "і в не що на з як це по але із за для від його вона він вони та також було був була би тільки вже".split(" "),
};
// Words news text uses in nearly every short item: prepositions, elided articles, "about",
// "according to", and the names of the story's countries, which each language spells its own way.
// Counted like stop words, so that a two-sentence brief is not read as English for want of them.
const NEWS_WORDS: Record<string, string[]> = {
  en: "about some according last year years people officials after between where when".split(" "),
  de: "in an um über rund etwa laut seit zum zur vom beim bis ohne zwischen unter noch jahr jahren menschen russland nordkorea nordkoreaner moskau pjöngjang arbeiten".split(" "),
  fr: "de en selon environ quelque quelques sans lors lorsque où déjà leur leurs ils année ans depuis russie corée moscou nord travaillent".split(" "),
  it: "in al dall dell nell all sull dagli negli gli circa secondo fino senza tra fra già anno anni ore dopo russia corea mosca nord nordcoreani nordcoreano lavoratori".split(" "),
  pt: "em cerca segundo sem até entre sobre já nos nas ano anos horas desde após rússia coreia moscovo norte trabalhadores".split(" "),
  es: "en unos unas cerca según sin hasta entre sobre ya año años horas desde tras rusia corea moscú norte norcoreanos trabajadores".split(" "),
  ru: "около более году года лет россии россия кндр".split(" "),
  uk: "близько понад році року років росії росія кндр".split(" "),
};
// Runs of letters, as \p{L}+ finds them. ASCII letters are tried first: the same runs, found
// about twice as fast, since most characters then skip the lookup in the Unicode letter table.
const WORD_RE = /(?:[a-z]|\p{L})+/gu;
const LATIN_LANGUAGES = ["en", "de", "fr", "it", "pt", "es"];

// Spellings that only some Latin-script languages use, as extra votes (weight per match) on the
// lower-cased sample: letters, elided articles and word endings. They carry one- and two-sentence
// briefs, whose few function words are shared ("la", "de", "del", "des").
const SPELLING_HINTS: [RegExp, string, number][] = [
  [/[äöüß]/g, "de", 0.5],
  [/(?:ung|ungen|keit|heit|schaft|isch|ische|ischen|lich|liche|lichen)(?!\p{L})|sch/gu, "de", 0.5],
  [/[ãõ]/g, "pt", 0.5],
  [/nh|lh/g, "pt", 0.25],
  [/[ñ¿¡]/g, "es", 0.5],
  [/ci[oó]n(?:es)?(?!\p{L})|(?<=\p{L})ó(?!\p{L})/gu, "es", 0.5],
  [/zion[ei](?!\p{L})/gu, "it", 0.5],
  // Italian stresses a final vowel with a grave accent (più, città, però); "où" is French.
  [/(?<=\p{L})[àèìò](?!\p{L})|(?<=\p{L}{2})ù(?!\p{L})/gu, "it", 0.5],
  [/(?<!\p{L})(?:dell|dall|nell|sull|all|dagl|degl|negl|un|quest|quell)['’](?=\p{L})/gu, "it", 1],
  // French elides d', qu', n', s', j' (and jusqu', lorsqu'); "l'" is Italian too, so it counts for neither.
  [/(?<!\p{L})(?:d|qu|n|s|j|jusqu|lorsqu|puisqu)['’](?=\p{L})/gu, "fr", 1],
  [/[œëïîû]|è(?=\p{L})|(?<!\p{L})é(?=\p{L})/gu, "fr", 0.5],
  [/ç(?=[aou])/g, "fr", 0.25],
  [/ç(?=[aou])/g, "pt", 0.25],
];

type ScriptCounts = { hangul: number; kana: number; han: number; cyrillic: number; latin: number };

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { hangul: 0, kana: 0, han: 0, cyrillic: 0, latin: 0 };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latin += 1;
    else if (c >= 0x400 && c <= 0x4ff) counts.cyrillic += 1;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) counts.hangul += 1;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) counts.kana += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) counts.han += 1;
  }
  return counts;
}

// Word → the languages it is a stop word of, built once: one lookup per word of the sample.
const LANGUAGES_BY_STOP_WORD = new Map<string, string[]>();
for (const lists of [STOP_WORDS, NEWS_WORDS]) {
  for (const [language, words] of Object.entries(lists)) {
    for (const word of new Set(words)) {
      const languages = LANGUAGES_BY_STOP_WORD.get(word) ?? [];
      if (!languages.includes(language)) LANGUAGES_BY_STOP_WORD.set(word, [...languages, language]);
    }
  }
}

/** Stop words of each language among `words`, in the order of `languages` (pickBest breaks ties by it). */
function countStopWords(words: string[], languages: string[]): Map<string, number> {
  const scores = new Map(languages.map((l) => [l, 0]));
  for (const word of words) {
    for (const language of LANGUAGES_BY_STOP_WORD.get(word) ?? []) {
      const score = scores.get(language);
      if (score !== undefined) scores.set(language, score + 1);
    }
  }
  return scores;
}

function pickBest(scores: Map<string, number>, hint: string | null): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [language, score] of scores) {
    // The page's own declaration breaks ties and settles texts too short to decide.
    const adjusted = score + (language === hint ? 0.5 : 0);
    if (adjusted > bestScore) {
      best = language;
      bestScore = adjusted;
    }
  }
  return best;
}

function detectCyrillic(text: string, words: string[], hint: string | null): string {
  const ukLetters = (text.match(/[іїєґІЇЄҐ]/g) ?? []).length;
  const ruLetters = (text.match(/[ыэъёЫЭЪЁ]/g) ?? []).length;
  const scores = countStopWords(words, ["ru", "uk"]);
  scores.set("uk", scores.get("uk")! + 2 * ukLetters);
  scores.set("ru", scores.get("ru")! + 2 * ruLetters);
  return pickBest(scores, hint) ?? (hint === "uk" ? "uk" : "ru");
}

function detectLatin(text: string, words: string[], hint: string | null): string {
  const scores = countStopWords(words, LATIN_LANGUAGES);
  const lower = text.toLowerCase();
  for (const [re, language, weight] of SPELLING_HINTS) {
    const n = (lower.match(re) ?? []).length;
    scores.set(language, scores.get(language)! + weight * n);
  }
  return pickBest(scores, hint) ?? (hint && LATIN_LANGUAGES.includes(hint) ? hint : FALLBACK);
}

/**
 * ISO 639-1 code of the text's language (en, ru, uk, ko, ja, zh, de, fr, it, pt, es). `hint` is
 * what the page declares; it decides only when the text itself does not. Returns the hint, or
 * "en", for a text without letters.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const declared = normalizeLanguageTag(hint);
  const scripts = countScripts(sample);
  const cjk = scripts.hangul + scripts.kana + scripts.han;
  const letters = cjk + scripts.cyrillic + scripts.latin;
  if (letters === 0) return declared ?? FALLBACK;
  // Han characters count roughly double: one stands for a word where Latin needs several letters.
  if (cjk * 2 >= scripts.cyrillic + scripts.latin) {
    if (scripts.hangul >= scripts.kana && scripts.hangul * 2 >= scripts.han) return "ko";
    // Japanese prose has kana in nearly every sentence; Chinese has none.
    if (scripts.kana > 0 && scripts.kana * 10 >= scripts.han) return "ja";
    if (scripts.han > 0) return declared === "ja" && scripts.kana > 0 ? "ja" : "zh";
    return scripts.kana > 0 ? "ja" : "ko";
  }
  const words = sample.toLowerCase().match(WORD_RE) ?? [];
  if (scripts.cyrillic > scripts.latin) return detectCyrillic(sample, words, declared);
  return detectLatin(sample, words, declared);
}
