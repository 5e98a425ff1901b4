// TODO(claims): interim stand-in until the body helper's detectLanguage lands; delete then.
export function detectLanguage(text: string, _opts: { title: string | null }): string {
  if (/\p{Script=Hangul}/u.test(text)) return "ko";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "ja";
  if (/\p{Script=Han}/u.test(text)) return "zh";
  if (/[іїєґ]/iu.test(text)) return "uk";
  if (/\p{Script=Cyrillic}/u.test(text)) return "ru";
  const words = (re: RegExp) => (text.match(re) ?? []).length;
  const scores: Array<[string, number]> = [
    ["en", words(/\b(the|and|of|with)\b/giu)],
    ["de", words(/\b(der|die|und|nicht)\b/giu)],
    ["fr", words(/\b(le|les|et|des)\b/giu)],
    ["es", words(/\b(el|los|y|del)\b/giu)],
    ["pt", words(/\b(os|não|do|da)\b/giu)],
    ["it", words(/\b(il|gli|della|che)\b/giu)],
  ];
  return scores.sort((a, b) => b[1] - a[1])[0]?.[0] ?? "en";
}
