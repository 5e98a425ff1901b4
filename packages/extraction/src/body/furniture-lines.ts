// Paragraphs that are page furniture wherever they appear: labels, "read also" inserts, credits,
// copyright notices, e-mail signatures and date/byline lines. Each test looks at one short line;
// a long paragraph is never furniture.
const FURNITURE_LINE_RE =
  /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|read more|read next|read also|see also|related(?: articles?| stories| content)?|recommended(?: for you)?|more from .{0,40}|share(?: this)?(?: article| story| on .{0,20})?|follow us.{0,40}|sign up.{0,80}|subscribe.{0,80}|click here.{0,60}|image|photo|getty images|loading\W*|comments?|\d+ comments?|leave a comment|print|email|tweet|whatsapp|facebook|twitter|linkedin)\W*$/i;

export function isFurnitureLine(text: string): boolean {
  return text.length < 90 && FURNITURE_LINE_RE.test(text);
}

// "Read also" labels as outlets of the story's eleven languages print them before a linked headline.
const READ_ALSO_RE =
  /^\W{0,3}(?:read (?:also|more|next)|see also|related(?: articles?| stories)?|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|(?:à )?lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|leggi anche|leggi (?:qui|l'articolo)|potrebbe interessarti|le[ae] (?:también|más)|te puede interesar|leia (?:também|mais)|veja (?:também|mais)|saiba mais|читайте (?:также|также:|тоже)|смотрите также|по теме|читайте також|관련\s*기사|関連(?:ニュース|記事)|相关(?:阅读|新闻|报道|文章)|延伸阅读)(?=$|[\s:：>»|\-–—.]|$)/iu;
const MAX_TEASER_CHARS = 300;

/** A "read also" label alone, or followed by a link to another article. */
export function isReadAlsoLine(text: string, linkChars: number): boolean {
  if (text.length > MAX_TEASER_CHARS) return false;
  const label = READ_ALSO_RE.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  return linkChars > 0 || !/[\p{L}\p{N}]/u.test(rest);
}

// Credits, editors and copyright notices; Korean, Chinese and Japanese pages close the body with them.
const CREDIT_LINE_RE =
  /^\W{0,3}(?:责任编辑|编辑|责编|来源|原标题|校对)\s*[:：]|무단\s*전재|재배포\s*금지|版权所有|転載を禁|無断転載|all rights reserved|все права защищены|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|riproduzione riservata/iu;
// A line that is an e-mail address, with at most a name and a title before it ("김서연 기자 syk@...").
const EMAIL_LINE_RE = /^[\p{L}\s.·,/=()-]{0,40}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$/u;
const MAX_CREDIT_CHARS = 120;

export function isCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT_CHARS && (CREDIT_LINE_RE.test(text) || EMAIL_LINE_RE.test(text));
}

// Dates and times as article headers and live tickers print them: 11:40, 03.06.2025, 2025-06-02,
// 2025年6月4日, 06/06/2025, 10.jun.2025.
const DATE_TOKEN_RE =
  /(?<![\d.,$€£¥])\d{1,2}(?::|h)\d{2}(?![\d.,])|\d{4}[-./年]\s?\d{1,2}[-./月]\s?\d{1,2}日?|\d{1,2}[./-]\s?(?:\d{1,2}|\p{L}{3,5})\.?[./-]\s?\d{2,4}|\d{1,2}時\d{1,2}分/gu;
const SENTENCE_END_RE = /[.!?。！？]["'”’»」]?$/u;
const MAX_META_CHARS = 100;
const MAX_META_WORDS = 6;

/** A line made of a date or time and a few words around it (a byline, "updated", a ticker's clock). */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_META_CHARS || SENTENCE_END_RE.test(text)) return false;
  const rest = text.replace(DATE_TOKEN_RE, " ");
  if (rest === text) return false;
  const words = rest.match(/\p{L}+/gu) ?? [];
  return words.length <= MAX_META_WORDS;
}
