// Main text: bytes → HTML → body paragraphs, metadata and language.
export { decodeHtml, type CharsetSource, type DecodedHtml } from "./body/decode-html.ts";
export { extractMainText, type ExtractMainTextOptions, type MainText } from "./body/extract-main-text.ts";
export { detectLanguage } from "./body/detect-language.ts";

// Figures: every number in a text with its qualifier, unit, span and the noun it counts.
export { parseFigures } from "./figures/parse-figures.ts";
export type { FigureForm, ParsedFigure, ParseFiguresOptions, TextSpan } from "./figures/parsed-figure.ts";

// Articles: main text, the passages that mention the topic, and figures attached to tracked claims.
export { type ExtractInput, extractArticle } from "./extract-article.ts";
