import type { Mention, Topic } from "@claimwatch/domain";
import { compileTerms, type TermHit, type TermMatcher } from "./compile-terms.ts";
import { splitSentences } from "./split-sentences.ts";

/** A sentence of the body, with the topic groups it names and whether it mentions the topic. */
export type Sentence = {
  /** Position among all sentences of the body. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Bit set of the topic groups the sentence itself names (see TopicMatcher.groups). */
  groups: number;
  /** Where the sentence names a required place (e.g. Russia), offsets into the sentence. */
  placeHits: TermHit[];
  /** Where it names somewhere else (China, the Gulf), offsets into the sentence. */
  elsewhereHits: TermHit[];
  isMention: boolean;
};

export type MentionResult = {
  sentences: Sentence[];
  mentions: Mention[];
  /** Bit set of the topic groups the headline names. */
  titleGroups: number;
  relevant: boolean;
};

type TopicMatcher = {
  matcher: TermMatcher;
  /** Group name -> bit. */
  bits: Map<string, number>;
  requireMask: number;
  anyOfMask: number;
  /** The required group that `elsewhere` words stand in for (the place, e.g. russia). */
  placeGroup: string | undefined;
};

const ELSEWHERE = "elsewhere";

type TitleReading = { groups: number; isElsewhere: boolean };
// How many sentences before and after a sentence lend it their topic words.
const CONTEXT_BEFORE = 3;
const CONTEXT_AFTER = 1;

const matchers = new WeakMap<Topic, Map<string, TopicMatcher>>();

/** Compiles (and caches) the topic's words for a language. */
export function getTopicMatcher(topic: Topic, language: string): TopicMatcher {
  let byLanguage = matchers.get(topic);
  if (!byLanguage) matchers.set(topic, (byLanguage = new Map()));
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const requireNames = Object.keys(topic.require);
  const anyOfNames = Object.keys(topic.anyOf ?? {});
  const bits = new Map<string, number>();
  [...requireNames, ...anyOfNames].forEach((name, i) => bits.set(name, 1 << i));
  const groups = [
    ...requireNames.map((name) => ({ tag: name, words: topic.require[name] })),
    ...anyOfNames.map((name) => ({ tag: name, words: topic.anyOf?.[name] })),
    { tag: ELSEWHERE, words: topic.elsewhere?.words },
  ];
  const maskOf = (names: string[]) => names.reduce((m, n) => m | (bits.get(n) ?? 0), 0);
  const built: TopicMatcher = {
    matcher: compileTerms(groups, language),
    bits,
    requireMask: maskOf(requireNames),
    anyOfMask: maskOf(anyOfNames),
    placeGroup: topic.elsewhere?.instead,
  };
  byLanguage.set(language, built);
  return built;
}

/**
 * Finds the sentences that mention the topic. A sentence mentions it when it, the sentences just
 * around it and the headline together name every required group and one of the `anyOf` groups,
 * and the sentence itself names one of them or continues a mentioning sentence of its paragraph
 * ("The workers sleep on site." after a sentence about North Korean labourers in Russia). Once
 * the article is found relevant, a sentence near any word of the topic (or under a headline
 * naming one) mentions it: "Officials put the toll at 12 dead" under a headline on the strike.
 */
export function findMentions(input: { paragraphs: string[]; title: string | null; language: string }, topic: Topic): MentionResult {
  const tm = getTopicMatcher(topic, input.language);
  const sentences = splitBody(input.paragraphs, tm);
  const titleRead = input.title ? groupsOf(tm.matcher.findTerms(input.title), tm) : undefined;
  const titleGroups = titleRead?.groups ?? 0;
  const title: TitleReading = { groups: titleGroups, isElsewhere: (titleRead?.elsewhereHits.length ?? 0) > 0 && (titleRead?.placeHits.length ?? 0) === 0 };
  markMentions(sentences, titleGroups, (window) => coversTopic(window, tm));
  const relevant = decideRelevance(sentences, title, tm);
  // In an article on the topic, a passage that names part of it is about it too: the paragraph
  // on the strike's toll names Kyiv and Russia, the article names North Korea's missile.
  if (relevant) markMentions(sentences, titleGroups, (window) => window !== 0, titleGroups === 0);
  const mentions = sentences
    .filter((s) => s.isMention)
    .map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end, text: s.text }));
  return { sentences, mentions, titleGroups, relevant };
}

function markMentions(sentences: Sentence[], titleGroups: number, covers: (window: number) => boolean, needsOwnWord = true): void {
  for (const s of sentences) {
    let window = s.groups | titleGroups;
    for (let k = Math.max(0, s.index - CONTEXT_BEFORE); k <= Math.min(sentences.length - 1, s.index + CONTEXT_AFTER); k++) {
      window |= sentences[k]?.groups ?? 0;
    }
    const prev = sentences[s.index - 1];
    const continues = prev !== undefined && prev.paragraph === s.paragraph && prev.isMention;
    s.isMention = covers(window) && (!needsOwnWord || s.groups !== 0 || continues);
  }
}

/** True when a bit set of groups names every required group and one `anyOf` group. */
export function coversTopic(groups: number, tm: TopicMatcher): boolean {
  return (groups & tm.requireMask) === tm.requireMask && (tm.anyOfMask === 0 || (groups & tm.anyOfMask) !== 0);
}

// An article is relevant when the topic is more than a passing word: the headline is on the
// topic, or sentences name it on their own twice, or once in a short text or one where the topic's
// sentences make up a good share of the whole, unless the article is about somewhere else (its
// headline or most of its sentences name China or the Gulf rather than Russia).
const MIN_SHARE = 0.3;
const SHORT_TEXT = 4;

function decideRelevance(sentences: Sentence[], title: TitleReading, tm: TopicMatcher): boolean {
  const mentioning = sentences.filter((s) => s.isMention);
  if (mentioning.length === 0) return false;
  if (coversTopic(title.groups, tm)) return true;
  // An anchor names the topic on its own, or with a headline that names both North Korea and
  // Russia ("At least 600 soldiers died" under "North Korea and Russia deepen ties").
  const lent = (title.groups & tm.requireMask) === tm.requireMask ? title.groups : 0;
  const anchors = mentioning.filter((s) => coversTopic(s.groups | lent, tm)).length;
  if (anchors >= 2) return true;
  if (anchors === 0) return false;
  const isShort = sentences.length <= SHORT_TEXT;
  if (!isShort && mentioning.length < MIN_SHARE * sentences.length) return false;
  const here = sentences.filter((s) => s.placeHits.length > 0).length;
  const elsewhere = sentences.filter((s) => s.elsewhereHits.length > 0 && s.placeHits.length === 0).length;
  return !(title.isElsewhere || elsewhere > here);
}

function splitBody(paragraphs: string[], tm: TopicMatcher): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const span of splitSentences(text)) {
      const sentenceText = text.slice(span.start, span.end);
      const { groups, placeHits, elsewhereHits } = groupsOf(tm.matcher.findTerms(sentenceText), tm);
      sentences.push({
        index: sentences.length,
        paragraph,
        start: span.start,
        end: span.end,
        text: sentenceText,
        groups,
        placeHits,
        elsewhereHits,
        isMention: false,
      });
    }
  });
  return sentences;
}

function groupsOf(hits: TermHit[], tm: TopicMatcher): { groups: number; placeHits: TermHit[]; elsewhereHits: TermHit[] } {
  let groups = 0;
  const placeHits: TermHit[] = [];
  const elsewhereHits: TermHit[] = [];
  for (const hit of hits) {
    for (const tag of [...hit.tags, ...hit.innerTags]) {
      if (tag === ELSEWHERE) elsewhereHits.push(hit);
      else groups |= tm.bits.get(tag) ?? 0;
      if (tag === tm.placeGroup) placeHits.push(hit);
    }
  }
  return { groups, placeHits, elsewhereHits };
}
