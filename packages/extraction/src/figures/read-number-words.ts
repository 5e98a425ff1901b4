import type { CompiledLanguage } from "./compile-language.ts";
import type { Atom } from "./figure-candidate.ts";
import type { WordMeaning, WordSuffix } from "./language-source.ts";

type Piece = WordMeaning | { kind: "joiner"; value: 0 };
type TokenReading = { pieces: Piece[]; length: number; suffix?: WordSuffix; isPartial: boolean };
type RunPiece = { piece: Piece; start: number; end: number; suffix?: WordSuffix };

const JOINER: Piece = { kind: "joiner", value: 0 };

/** Lower case, with the apostrophes of "п’ять" and "пʼять" written as in the tables. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'");
}

function lookUp(word: string, lang: CompiledLanguage): Piece | undefined {
  if (lang.source.joiners?.includes(word)) return JOINER;
  return lang.words.get(word);
}

/** Splits a compound ("dreihundertzwölf", "ventotto") into number words, longest first. */
function decompose(word: string, lang: CompiledLanguage, from = 0): Piece[] | undefined {
  if (from === word.length) return [];
  for (let end = word.length; end > from; end -= 1) {
    const piece = lookUp(word.slice(from, end), lang);
    if (piece === undefined) continue;
    const rest = decompose(word, lang, end);
    if (rest !== undefined) return [piece, ...rest];
  }
  return undefined;
}

function readWhole(word: string, lang: CompiledLanguage): Piece[] | undefined {
  const piece = lookUp(word, lang);
  if (piece !== undefined) return piece.kind === "joiner" ? undefined : [piece];
  // Only words that start like a number word are split: most words of a text are not.
  if (!lang.source.isCompounding || word.length < 6 || !lang.wordPrefixes.has(word.slice(0, 3))) return undefined;
  const pieces = decompose(word, lang);
  return pieces && pieces[0]?.kind !== "joiner" && pieces.at(-1)?.kind !== "joiner" ? pieces : undefined;
}

function readWithSuffix(word: string, lang: CompiledLanguage): TokenReading | undefined {
  if (!lang.wordSuffixRe?.test(word)) return undefined;
  for (const [suffix, meaning] of Object.entries(lang.source.wordSuffixes ?? {})) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const pieces = readWhole(word.slice(0, -suffix.length), lang);
    if (pieces) return { pieces, length: word.length, suffix: meaning, isPartial: false };
  }
  return undefined;
}

/** Reads one word token ("twenty-five", "twelve-hour", "zwölfmal") into number pieces. */
function readToken(word: string, lang: CompiledLanguage): TokenReading | undefined {
  if (lookUp(word, lang) === JOINER) return { pieces: [JOINER], length: word.length, isPartial: false };
  const whole = readWhole(word, lang) ?? undefined;
  if (whole) return { pieces: whole, length: word.length, isPartial: false };
  const suffixed = readWithSuffix(word, lang);
  if (suffixed) return suffixed;
  const parts = word.split(/[-‐]/);
  if (parts.length < 2) return undefined;
  // Join hyphenated parts greedily so that "quatre-vingt-dix" finds "quatre-vingt" first.
  const pieces: Piece[] = [];
  let i = 0;
  let length = 0;
  while (i < parts.length) {
    let j = parts.length;
    let found: Piece[] | TokenReading | undefined;
    for (; j > i && found === undefined; j -= 1) {
      const joined = parts.slice(i, j).join("-");
      found = readWhole(joined, lang) ?? readWithSuffix(joined, lang);
      if (found !== undefined) break;
    }
    if (found === undefined) break;
    if (Array.isArray(found)) pieces.push(...found);
    else {
      const total = length + (i === 0 ? 0 : 1) + found.length;
      return { pieces: [...pieces, ...found.pieces], length: total, suffix: found.suffix, isPartial: j < parts.length };
    }
    length += parts.slice(i, j).join("-").length + (i === 0 ? 0 : 1);
    i = j;
  }
  if (pieces.length === 0) return undefined;
  return { pieces, length: i === 0 ? 0 : length, isPartial: i < parts.length };
}

function trailingZeros(n: number): number {
  let zeros = 0;
  for (let m = n; m >= 10 && m % 10 === 0; m /= 10) zeros += 1;
  return zeros;
}

type RunState = { total: number; current: number; lastAdd: number; afterJoiner: boolean; count: number };

/** Whether `piece` can extend a number built so far ("twenty" + "five" yes, "five" + "twenty" no). */
function canExtend(state: RunState, piece: Piece): boolean {
  if (state.count === 0) return piece.kind !== "joiner" && piece.kind !== "half";
  switch (piece.kind) {
    case "joiner":
      return !state.afterJoiner;
    case "half":
      return state.afterJoiner;
    case "article":
      return state.afterJoiner;
    case "hundred":
      // "twelve hundred", "three hundred", but not a second hundred after "a hundred and two".
      return !state.afterJoiner && state.current < 100;
    case "scale":
      return !state.afterJoiner;
    case "one":
    case "add": {
      const v = piece.value;
      const below = state.current === 0 || v < 10 ** trailingZeros(state.current);
      const french = state.current % 20 === 0 && v < 20 && state.afterJoiner;
      // German writes units before tens: "zweiundzwanzig".
      const german = state.afterJoiner && state.lastAdd < 10 && v % 10 === 0 && v >= 20 && v < 100;
      return below || french || german;
    }
  }
}

function extend(state: RunState, piece: Piece): void {
  state.count += 1;
  // "two and a half": the article keeps the joiner open for "half".
  state.afterJoiner = piece.kind === "joiner" || (piece.kind === "article" && state.afterJoiner);
  if (piece.kind === "add" || piece.kind === "one" || piece.kind === "half") {
    state.current += piece.value;
    state.lastAdd = piece.value;
  } else if (piece.kind === "hundred") {
    state.current = (state.current || 1) * piece.value;
  } else if (piece.kind === "scale") {
    state.total += (state.current || 1) * piece.value;
    state.current = 0;
  }
}

function toAtom(run: RunPiece[], state: RunState): Atom | undefined {
  while (run.at(-1)?.piece.kind === "joiner") run.pop();
  // "a two-year contract": the article belongs to the noun, not to the number.
  while (run[0]?.piece.kind === "article" && !["hundred", "scale"].includes(run[1]?.piece.kind ?? "")) run.shift();
  const meaningful = run.some((p) => p.piece.kind !== "one" && p.piece.kind !== "article" && p.piece.kind !== "joiner");
  const isLoneOne = !meaningful && run.some((p) => p.piece.kind === "one");
  const first = run[0];
  const last = run.at(-1);
  if ((!meaningful && !isLoneOne) || first === undefined || last === undefined) return undefined;
  const value = state.total + state.current;
  // "two million": the scale is kept apart so that "one to two million" can share it.
  const factor = last.piece.kind === "scale" ? last.piece.value : 1;
  const atom: Atom = {
    start: first.start, end: last.end, value, low: null, high: null, raw: value / factor, factor,
    form: "words", isGrouped: false, isInteger: Number.isInteger(value), integerDigits: 0, priority: 1,
    takesOf: factor > 1,
  };
  // "one" counts only where it joins another number: "one or two days", "one to three".
  if (isLoneOne) atom.isLoneOne = true;
  if (last.suffix === "fold") atom.unit = "fold";
  if (last.suffix === "times") atom.isTimes = true;
  if (last.suffix === "hours") atom.unit = "hours";
  if (last.suffix === "days") atom.unit = "days";
  return atom;
}

const newState = (): RunState => ({ total: 0, current: 0, lastAdd: 0, afterJoiner: false, count: 0 });

function replay(run: RunPiece[]): RunState {
  const state = newState();
  for (const p of run) extend(state, p.piece);
  return state;
}

/** Numbers written in words: "twenty-five", "three hundred and fifty", "zwölfmal", "двух тысяч". */
export function findWordAtoms(text: string, lang: CompiledLanguage): Atom[] {
  const atoms: Atom[] = [];
  let run: RunPiece[] = [];
  let state = newState();
  let lastEnd = -1;
  const flush = (carried: RunPiece[] = []) => {
    const atom = toAtom(run, state);
    if (atom) atoms.push(atom);
    run = [];
    state = newState();
    for (const p of carried) push(p);
  };
  const push = (p: RunPiece) => {
    if (!canExtend(state, p.piece)) {
      // "between a hundred and two hundred": what follows the last joiner starts the next number.
      const joiner = run.findLastIndex((r) => r.piece.kind === "joiner");
      const isMultiplier = p.piece.kind === "hundred" || p.piece.kind === "scale";
      const tail = joiner >= 0 && isMultiplier ? run.splice(joiner).slice(1) : [];
      if (tail.length > 0) state = replay(run);
      flush(tail);
    }
    if (!canExtend(state, p.piece)) return;
    run.push(p);
    extend(state, p.piece);
  };
  for (const match of text.matchAll(lang.wordRe)) {
    const reading = readToken(normalizeWord(match[0]), lang);
    const start = match.index;
    if (reading === undefined || reading.length === 0) {
      flush();
      continue;
    }
    if (run.length > 0 && !/^[\s\u00A0]+$/.test(text.slice(lastEnd, start))) flush();
    for (const [i, piece] of reading.pieces.entries()) {
      const suffix = i === reading.pieces.length - 1 ? reading.suffix : undefined;
      push({ piece, start, end: start + reading.length, suffix });
    }
    lastEnd = start + reading.length;
    if (reading.isPartial || reading.suffix) flush();
  }
  flush();
  return atoms;
}
