import { HEDGED_PAST, INTENT_WORDS, wordsFor } from "./language-tables.ts";
import { getWordPattern } from "./word-pattern.ts";

/**
 * True when a clause states a plan, a hope, a request or a forecast ("hopes to employ", "plans to
 * send", "is projected to grow", "asked for") rather than a count of what is or was. A hedge about
 * the past ("may have entered") is not an intent.
 */
export function isIntentClause(clause: string, language: string): boolean {
  const pattern = getWordPattern("intent", wordsFor(INTENT_WORDS, language), language, true);
  if (!pattern) return false;
  const text = language === "en" ? clause.replace(HEDGED_PAST, " ") : clause;
  pattern.lastIndex = 0;
  return pattern.test(text);
}
