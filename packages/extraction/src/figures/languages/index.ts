import type { LanguageSource } from "../language-source.ts";
import { en } from "./en.ts";

const LANGUAGES: Record<string, LanguageSource> = { en };

/** The table of a language (ISO 639-1), English for a language without one. */
export function getLanguageSource(code: string): LanguageSource {
  return LANGUAGES[code.toLowerCase().slice(0, 2)] ?? en;
}

export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);
