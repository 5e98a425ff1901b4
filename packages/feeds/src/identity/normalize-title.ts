const separator = /\s+[-–—|:]\s+/;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A title reduced to what identifies the story: Unicode-normalised (NFKC), lower-case, without
 * punctuation, symbols or a trailing outlet name (" - Reuters", " | The Moscow Times", as
 * aggregators append them), whitespace collapsed. Letters of every script are kept.
 */
export function normalizeTitle(title: string): string {
  let text = title.normalize("NFKC").replace(/\s+/g, " ").trim();
  const parts = text.split(separator);
  const last = parts.at(-1) ?? "";
  if (parts.length > 1 && countWords(last) <= 4 && countWords(parts.slice(0, -1).join(" ")) >= 3) {
    text = text.slice(0, text.length - last.length).replace(/\s+[-–—|:]\s*$/, "");
  }
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
