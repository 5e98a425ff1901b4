import type { CompiledLanguage } from "./compile-language.ts";
import type { Atom } from "./figure-candidate.ts";

export function findCjkAtoms(_text: string, _lang: CompiledLanguage): Atom[] {
  return [];
}
