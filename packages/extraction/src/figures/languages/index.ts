import type { LanguageSource } from "../language-source.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";
import { uk } from "./uk.ts";
import { zh } from "./zh.ts";

const LANGUAGES: Record<string, LanguageSource> = { en, ru, uk, de, fr, it, pt, es, ko, ja, zh };

/** The table of a language (ISO 639-1), English for a language without one. */
export function getLanguageSource(code: string): LanguageSource {
  return LANGUAGES[code.toLowerCase().slice(0, 2)] ?? en;
}
