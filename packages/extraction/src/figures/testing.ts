import { describe, expect, it } from "vitest";
import type { ParsedFigure } from "./parsed-figure.ts";
import { parseFigures } from "./parse-figures.ts";

/**
 * One expected figure: [exact span, value or [low, high], unit ("money:RUB" names the currency),
 * qualifier, optional extra fields that must match (noun and friends by their text)].
 */
export type ExpectedFigure = [
  text: string,
  value: number | [number, number],
  unit: string,
  qualifier: ParsedFigure["qualifier"],
  extra?: Partial<Record<"noun" | "modifies" | "of" | "leftNoun", string>> &
    Partial<Pick<ParsedFigure, "direction" | "isChange" | "changeRole" | "form" | "isPercentagePoints">>,
];

/** A sentence and every figure it states, in order; an empty list means it states none. */
export type FigureCase = [behaviour: string, text: string, figures: ExpectedFigure[]];

function summarise(figure: ParsedFigure, extra: ExpectedFigure[4]) {
  const unit = figure.currency ? `${figure.unit}:${figure.currency}` : figure.unit;
  const value = figure.value ?? [figure.low, figure.high];
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(extra ?? {})) {
    const field = figure[key as keyof ParsedFigure];
    picked[key] = typeof field === "object" && field !== null && "text" in field ? field.text : field;
  }
  return [figure.text, value, unit, figure.qualifier, picked];
}

/** Runs a table of cases through parseFigures, one `it` per case, named after its behaviour. */
export function describeFigureCases(title: string, language: string, cases: FigureCase[]): void {
  describe(title, () => {
    it.each(cases)("%s", (_behaviour, text, expected) => {
      const figures = parseFigures(text, { language });
      for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
      const actual = figures.map((f, i) => summarise(f, expected[i]?.[4]));
      expect(actual).toEqual(expected.map(([t, v, u, q, extra]) => [t, v, u, q, extra ?? {}]));
    });
  });
}
