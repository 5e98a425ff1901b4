import type { FigureValue } from "@claimwatch/domain";

/** A stretch of the parsed text: `text === input.slice(start, end)`. */
export type TextSpan = { text: string; start: number; end: number };

/**
 * How the number is written: in digits ("15,000", "1.5 million", "1만5천"), in words ("twelve",
 * "dreitausend", "十二", "tens of thousands"), or as a fraction ("two-thirds", "one in five",
 * "9成"; its value is a percent).
 */
export type FigureForm = "digits" | "words" | "fraction";

/**
 * One figure found by `parseFigures`. The value fields are the domain's `FigureValue`:
 * `value`, or `low` + `high` for a range ("$100 to $200", qualifier `range`) or a vague amount
 * ("tens of thousands", qualifier `vague`). `currency` is set only for unit `money` (ISO 4217).
 *
 * The optional fields help the next stage link a figure to what it counts; they are left out
 * when the text gives nothing to fill them with, never guessed from outside the sentence.
 */
export type ParsedFigure = FigureValue & {
  /** The exact characters that state the figure, qualifier and unit included: "approximately 15,000". */
  text: string;
  /** Offsets into the parsed text: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  form: FigureForm;
  /** Direction of a stated change: "up 35 per cent", "a 4% drop", "rose twelvefold", "rose from 40,000 to 100,000". */
  direction?: "up" | "down";
  /**
   * True when the figure is part of a stated change rather than a level on its own: either end of
   * "rose from 40,000 to 100,000", or the amount of "up 35 per cent" / "rose twelvefold".
   */
  isChange?: boolean;
  /** With `isChange`: the start value ("from"), the end value ("to"), or the amount of the change ("by"). */
  changeRole?: "from" | "to" | "by";
  /**
   * The words the number counts, in the text's language and case as written: "North Korean
   * workers" in "15,000 North Korean workers were sent", "рабочих" in "15 тысяч рабочих",
   * "노동자" in "노동자는 약 1만5천 명". A phrase up to its head noun; in Korean, Japanese and
   * Chinese it may stand before the number. Found by word rules, not a parser: a hint.
   */
  noun?: TextSpan;
  /** What a hyphenated figure describes: "shifts" in "12-hour shifts", "brigade" in "1,500-strong brigade". */
  modifies?: TextSpan;
  /** The whole a share or part is taken of: "workers' wages" in "90% of workers' wages", "them" in "130 of them". */
  of?: TextSpan;
  /** The noun the figure hangs on from the left: "gap" in "a gap of 1.5 million workers". */
  leftNoun?: TextSpan;
  /** The figure is in percentage points ("up 3 percentage points"), not a percent of something. */
  isPercentagePoints?: boolean;
};

export type ParseFiguresOptions = {
  /** ISO 639-1 code of the text: en, ru, uk, ko, ja, zh, de, fr, it, pt, es; others read as English. */
  language: string;
};
