import type { CompiledLanguage } from "./compile-language.ts";
import type { Candidate } from "./figure-candidate.ts";
import type { FigureNouns } from "./find-nouns.ts";

export function findCjkNouns(_text: string, _c: Candidate, _lang: CompiledLanguage): FigureNouns {
  return {};
}
