import type { Qualifier, Unit } from "@claimwatch/domain";

/**
 * What a number word means. `add` words add to the number being built ("twenty", "двести",
 * "zwölf"); `hundred` multiplies the part below a thousand ("three hundred"); `scale` multiplies
 * everything so far ("thousand", "million"); `one` and `article` mean one but never stand alone
 * ("one", "a", "ein", "un"); `half` adds a half ("two and a half").
 */
export type WordKind = "add" | "hundred" | "scale" | "one" | "article" | "half";
export type WordMeaning = { value: number; kind: WordKind };

/** A word ending glued to a number word: "twelve|fold", "zwölf|mal", "zwölf|stündige". */
export type WordSuffix = "fold" | "times" | "hours" | "days";

/** A scale after digits: "1.5 million", "15 тыс.", "50 mil", "$1.7bn" (`glued`: no space allowed). */
export type ScaleRule = { re: string; factor: number; glued?: boolean };

/**
 * A unit read right after the number (regex source, matched case-insensitively where it stands).
 * Sources come from `spaced`/`glued`/`cjk` in languages/shared.ts so that boundaries agree.
 */
export type UnitRule = {
  re: string;
  unit: Unit;
  currency?: string;
  /** A "times" word ("times", "раз", "vezes"): fold only next to a comparative or a change verb. */
  isTimes?: boolean;
  /** "percentage points", "п.п.", "%p". */
  isPoints?: boolean;
  /** Multiplies the value: 9成 and 9割 are 90 percent. */
  factor?: number;
  /** A hyphenated modifier ("12-hour shifts"): the noun after it is what it `modifies`. */
  isModifier?: boolean;
  /** A counter word (명, 人, 名, 个): the figure counts, and the counter belongs to its text. */
  isCounter?: boolean;
  /** A year word after the number (2024년, 2024年, "году"): the number is a year. */
  isYear?: boolean;
  /** An age word ("32세", "32歳", "years old"): the number is an age. */
  isAge?: boolean;
  /** A duration in years, months, weeks or minutes ("three years", "6개월"): no unit holds it, so no figure. */
  isDuration?: boolean;
};

/**
 * A whole phrase with a fixed meaning: "a dozen", "half a million", "tens of thousands" (vague,
 * with `low`/`high`), "doubled" (fold with a direction), "a third of" (fraction).
 */
export type PhraseRule = {
  re: string;
  value?: number;
  low?: number;
  high?: number;
  qualifier?: Qualifier;
  unit?: Unit;
  form?: "words" | "fraction";
  direction?: "up" | "down";
  /** A "times" word ("twice"): fold only next to a comparative or a change verb, else a count. */
  isTimes?: boolean;
};

/**
 * "from A to B", "between A and B", "от A до B": `before` stands before A, `gap` between A and B.
 * A frame is a change ("rose from A to B") when a change verb precedes it, or always with `isChange`.
 */
/**
 * "between A and B", "from A to B". `isChange`: the frame always states a change (de "von A auf B").
 * `isFrom`: the frame opens with "from", so after a revising verb it is a change ("revised its
 * estimate from A to B"), not a range; "revised it to between A and B" stays a range.
 */
export type RangeFrame = { before: string; gap: string; isChange?: boolean; isFrom?: boolean };

/** Everything that differs between languages; the engine holds no word of any language. */
export type LanguageSource = {
  code: string;
  /** "," is the decimal mark (1,5 = 1.5) and "." groups thousands (8.600 = 8,600). */
  hasDecimalComma: boolean;
  /** ko, ja, zh: numerals are read by characters (1만5천, 1万5千, 十二), not by words. */
  isCjk?: boolean;
  /** ja, zh: no spaces between words, so words have no boundary to look for. */
  writesWithoutSpaces?: boolean;
  /** Number words, lower case. */
  words: Record<string, WordMeaning>;
  /** Number words are written together (de "dreitausend", it "ventidue"), so split them. */
  isCompounding?: boolean;
  wordSuffixes?: Record<string, WordSuffix>;
  /** Words that join number words: "and" (three hundred and fifty), "y" (treinta y cinco). */
  joiners?: string[];
  scales: ScaleRule[];
  phrases: PhraseRule[];
  /** Fraction denominators: "third" -> 3; with a numerator ("two-thirds", "zwei Drittel"). */
  denominators: Record<string, number>;
  /** Regex source that must follow "a third" etc. ("of"), so that "a third country" is no fraction. */
  fractionFollower?: string;
  /** Regex source of the words that make "1/4", "1/2" a round of a cup ("1/4 финала"), not a share. */
  cupRounds?: string;
  /** "one in five", "seven out of 10", "девять из десяти": the words between the two numbers. */
  ratioConnectors: string[];
  /** Connectors that make a share only before a round whole (10, 100): "nine of 10", not "3 of 12". */
  roundRatioConnectors?: string[];
  /** Qualifiers before the number (phrases; a space matches any run of spaces). */
  qualifiersBefore: Array<[string, Qualifier]>;
  /**
   * Nouns (regex source, matched at the end of a word) after which a qualifier word is a
   * preposition: de "ein Vertrag über 50 Arbeiter" is a contract for 50, not over 50.
   */
  qualifierAsPrepositionAfter?: string;
  /** Articles that may stand between a qualifier and its number: "oltre il 90%", "más del 90%" ("del" is a phrase). */
  qualifierArticles?: string;
  /** Qualifiers after the number or its unit ("or more", "-plus", 여, 以上), as regex sources. */
  qualifiersAfter: Array<[string, Qualifier]>;
  units: UnitRule[];
  /** Range connectors between two numbers (regex sources for the whole gap). */
  rangeGaps: string[];
  rangeFrames: RangeFrame[];
  /**
   * Words between two figures that make them a change: ko "4만 명에서 10만 명으로", zh "4万人增至10万人";
   * with `after`, only when it follows the second figure (ja "から ... に").
   */
  changeGaps?: Array<{ gap: string; after?: string }>;
  /** Verbs and nouns of change (regex sources, matched as words). */
  changeUp: string;
  changeDown: string;
  /** Words after a "times" figure that make it a multiplier: "more", "higher", "as many". */
  comparatives: string;
  /**
   * Where four-digit counts go ungrouped ("2000 рабочих"): the words that make a four-digit
   * number a year ("в 2024", "en 2024"). Without them, a number a noun follows is a count.
   */
  yearPrepositions?: string;
  /** Month names (regex source) for dates such as "May 9" and "15 March". */
  months: string;
  /**
   * Seasons, parts of a year and month forms that date nothing on their own, before a year:
   * "autumn 2024", "осенью 2024", "в январе 2024", "fin 2024", "l'autunno 2024" (any case).
   */
  periodsBeforeYear?: string;
  /** Labels before a number that make it an identifier: "Resolution", "Article", "No.". */
  labels: string;
  /** Words after a number that make it a name: "38 North said" (but not "15,000 North Koreans"). */
  nameAfter?: string;
  /** After a number that tells the time of day: "seven in the morning", "семь утра". */
  timeAfter?: string;
  /** Before an age: "aged", "в возрасте". */
  ageBefore?: string;
  /** An age word that may follow the number between commas: "Kim, 32 anos, disse". */
  ageAfter?: string;
  /** Apostrophes stay inside words (uk "п'ять"); off where they elide (fr "d'un", it "un'altra"). */
  keepsApostrophes?: boolean;
  /** A phrase before a number that makes it a ratio: "the work of", "as much as". */
  ratioBefore?: string;
  /** Words that end a noun phrase after a figure: articles, prepositions, verbs of being. */
  stopWords: string[];
  /** Words after a figure that introduce what it is a share of: "of", "de", "из". */
  ofWords: string[];
  /**
   * Words after a share that introduce what it is a share of, where the language says "of" with
   * a genitive article: de "90 Prozent der Löhne". Only shares: "15.000 der Arbeiter" keeps its reading.
   */
  shareOfWords?: string[];
  /** "a gap of 1.5 million": the words that tie a figure to a noun on its left (Latin-script languages). */
  leftOfWords?: string[];
  /** Skipped at the start of an "of" phrase: "the", "their". */
  determiners?: string[];
  /** Stand for the whole on their own: "them", "whom". */
  pronouns?: string[];
  /** Hyphenated words that describe rather than count: "1,500-strong brigade", "10-metre-high". */
  modifierAdjectives?: string[];
  /** Nouns are capitalised (German): a noun phrase ends with its first capitalised word. */
  hasCapitalNouns?: boolean;
  /** A word ending that marks a verb form, which ends a noun phrase ("killed", "working"). */
  verbEnding?: string;
  /** A word ending that marks a plural head, after which the noun phrase ends ("workers"). */
  pluralHead?: string;
  /** Words after a change verb that say which end of the change a figure is: "by", "to", "from". */
  changePrepositions?: Record<string, "from" | "to" | "by">;
  /**
   * Verbs (regex source) that revise a stated amount and may take an object before its two ends:
   * "revised its estimate from 11,000 to 12,000", "пересмотрела оценку с 11 до 12 тысяч".
   */
  revisionVerbs?: string;
  /**
   * Words (regex source) that name the level a change reaches, after its verb in the same clause:
   * "multiplié par douze pour atteindre 15 000", "rose 30% to reach 15,000".
   */
  changeReach?: string;
  /** Words before a number that make it a multiplier: "multiplié par douze". */
  foldBefore?: string;
  /** A word before a "times" figure that makes it a multiplier: ru "в 12 раз". */
  timesPrefix?: string;
  /** What "¥" means: JPY, or CNY in Chinese text. */
  yenCurrency?: string;
  /**
   * Ordinals are written with a dot (de "die 8. Brigade"): the words (regex source) that may stand
   * before one that a capitalised noun follows, so that "die 8. Brigade" is an ordinal and
   * "kamen 12. Nordkorea" a number that ends a sentence.
   */
  ordinalDotBefore?: string;
  /** Capitalised word before a bare number marks an identifier ("Camp 14"); off for German. */
  hasCapitalLabels?: boolean;
};
