import { HEDGED_PAST, INTENT_WORDS, REQUEST_ENDINGS, REQUEST_WORDS, wordsFor } from "./language-tables.ts";
import { findAll, getWordPattern } from "./word-pattern.ts";

/**
 * True when a clause states a plan, a hope, a request or a forecast ("hopes to employ", "plans to
 * send", "is projected to grow", "asked for", "Give me 300") rather than a count of what is or
 * was. A hedge about the past ("may have entered") is not an intent.
 */
export function isIntentClause(clause: string, language: string): boolean {
  const pattern = getWordPattern("intent", wordsFor(INTENT_WORDS, language), language, true);
  const text = language === "en" ? clause.replace(HEDGED_PAST, " ") : clause;
  if (findAll(pattern, text).length > 0) return true;
  return isRequest(clause, language);
}

// What may stand before an imperative: nothing, an opening quote, or a dash of direct speech.
const REQUEST_LEAD = /(?:^|["«„“‚‘'—–-])\s*$/u;

function isRequest(clause: string, language: string): boolean {
  if (findAll(getWordPattern("request-endings", wordsFor(REQUEST_ENDINGS, language), language), clause).length > 0) return true;
  const requests = findAll(getWordPattern("requests", wordsFor(REQUEST_WORDS, language), language), clause);
  return requests.some((r) => REQUEST_LEAD.test(clause.slice(0, r.start)));
}
