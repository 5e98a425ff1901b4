// Guesses a page's legacy charset from its bytes when nothing trustworthy declares it. Each
// candidate decodes a sample and is scored by how much its non-ASCII characters look like the
// text of the language that charset serves; wrong decodings give rare letters, uppercase runs,
// half-width katakana or isolated accents.

/** Charsets the sniffer can tell apart, as WHATWG labels. */
export const SNIFFED_CHARSETS = ["windows-1251", "koi8-r", "euc-kr", "shift_jis", "gbk", "windows-1252"] as const;
export type SniffedCharset = (typeof SNIFFED_CHARSETS)[number];

const SAMPLE_BYTES = 256 * 1024;

// The most frequent Hangul syllables and Chinese characters: real text is dense in them,
// mis-decoded bytes are not.
const COMMON_HANGUL = new Set(
  "이다는의에하고가을를한로서지기사으자도리시대정나인수해있것들그일보어적부아주여제전상국회과원동이라면게위관만경화중방문장성소요오거내연신조실세선유개우무구모비당말간저용생마영러교민계함했할될된되며까지라고또및더등년월명와"
);
const COMMON_HANZI = new Set(
  "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
);

/** Russian prose is mostly lowercase letters in runs; 1251 read as KOI8-R (and back) flips the case. */
function scoreCyrillic(text: string): number {
  let lower = 0;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    total += 1;
    if ((c >= 0x430 && c <= 0x44f) || c === 0x451) lower += 1;
  }
  return total === 0 ? 0 : (lower / total) * (1 - scoreWestern(text));
}

function scoreKorean(text: string): number {
  let common = 0;
  let total = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) continue;
    total += 1;
    if (COMMON_HANGUL.has(ch)) common += 1;
  }
  // Frequent syllables make up roughly half of Korean text; scale so that real text nears 1.
  return total === 0 ? 0 : Math.min(1, (2 * common) / total);
}

function scoreJapanese(text: string): number {
  let kana = 0;
  let halfwidth = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 128) continue;
    total += 1;
    if (c >= 0x3040 && c <= 0x30ff) kana += 1;
    else if (c >= 0xff61 && c <= 0xff9f) halfwidth += 1;
  }
  // Kana are about half of Japanese prose; half-width katakana are rare in it and common in
  // mis-decoded EUC or GBK bytes.
  return total === 0 ? 0 : Math.max(0, Math.min(1, (2 * kana - 3 * halfwidth) / total));
}

function scoreChinese(text: string): number {
  let common = 0;
  let total = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) continue;
    total += 1;
    if (COMMON_HANZI.has(ch)) common += 1;
  }
  return total === 0 ? 0 : Math.min(1, (1.3 * common) / total);
}

/** Western text has accented letters one at a time inside ASCII words; other scripts have runs. */
function scoreWestern(text: string): number {
  let isolated = 0;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    total += 1;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
    if (prev < 128 && next < 128) isolated += 1;
  }
  return total === 0 ? 0 : isolated / total;
}

const SCORERS: Record<SniffedCharset, (text: string) => number> = {
  "windows-1251": scoreCyrillic,
  "koi8-r": scoreCyrillic,
  "euc-kr": scoreKorean,
  shift_jis: scoreJapanese,
  gbk: scoreChinese,
  "windows-1252": scoreWestern,
};

function countReplacements(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 0xfffd) n += 1;
  return n;
}

/**
 * How plausible it is that `sample` is text in `charset`, from 0 to 1; null for charsets this
 * module cannot judge (they are trusted as declared).
 */
export function scoreCharset(sample: Uint8Array, charset: string): number | null {
  const scorer = SCORERS[charset as SniffedCharset];
  if (!scorer) return null;
  const text = new TextDecoder(charset).decode(sample.subarray(0, SAMPLE_BYTES));
  let nonAscii = 0;
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 128) nonAscii += 1;
  if (nonAscii === 0) return 0;
  const broken = countReplacements(text) / nonAscii;
  return Math.max(0, scorer(text) - 3 * broken);
}

/** The most plausible legacy charset for bytes that are not valid UTF-8. */
export function sniffCharset(bytes: Uint8Array): SniffedCharset {
  let best: SniffedCharset = "windows-1252";
  let bestScore = -1;
  for (const charset of SNIFFED_CHARSETS) {
    const score = scoreCharset(bytes, charset) ?? 0;
    if (score > bestScore) {
      best = charset;
      bestScore = score;
    }
  }
  return best;
}
