/**
 * Question-side analysis: weighted query terms for the ranker and the concepts the confidence
 * check looks for in an answer. Differs from index-side analysis in two ways:
 * - runs of kana that kuromoji splits into nonsense (ろっとばんごう -> ろ/っと/ばん/ご/う) are
 *   kept whole as one reading concept instead of as words;
 * - the synonym table adds the words of equivalent phrases, at a lower weight.
 */
import type { Analyzer, QueryConcept } from './analyzer';
import { isFunctionMorpheme, isStopword, morphemeReading, prefixBigrams, wordTerm } from './analyzer';
import { foldLongVowels, isKanaOnly, normalizeText } from './japaneseText';
import type { Morpheme } from './tokenizer';
import type { SynonymTable } from './synonyms';

export interface AnalyzedQuery {
  /** Term -> weight in the question. */
  terms: Map<string, number>;
  concepts: QueryConcept[];
}

export interface QueryAnalysisOptions {
  /** Ablation switches for the benchmark. */
  synonyms?: boolean;
  readings?: boolean;
}

export const WORD_WEIGHT = 1;
export const BIGRAM_WEIGHT = 0.3;
export const SYNONYM_WEIGHT = 0.6;
const MIN_KANA_RUN = 3;
const HIRAGANA = /[\u3041-\u3096]/;

function isContent(morpheme: Morpheme): boolean {
  return !isFunctionMorpheme(morpheme) && !isStopword(wordTerm(morpheme));
}

export class QueryAnalyzer {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly synonyms: SynonymTable,
  ) {}

  analyze(question: string, options: QueryAnalysisOptions = {}): AnalyzedQuery {
    const useReadings = options.readings !== false;
    const morphemes = this.analyzer.tokenize(question);
    const concepts: QueryConcept[] = [];
    const terms = new Map<string, number>();
    const addTerm = (term: string, weight: number): void => {
      terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    };

    const concept = (word: string | undefined, reading: string, approximate: boolean, importance = 1): void => {
      if (word !== undefined && concepts.some((existing) => existing.word === word)) return;
      concepts.push({ word, reading, approximate, importance, bigrams: useReadings ? prefixBigrams(reading) : [], alternatives: [] });
    };
    for (const segment of splitKanaRuns(morphemes)) {
      if (segment.kana) {
        for (const piece of splitAtParticles(trimToContent(segment.morphemes)).map(trimTrailing)) {
          if (!piece.length) continue;
          const content = piece.filter(isContent);
          const word = content.length === 1 && piece.length === 1 && content[0].known ? wordTerm(content[0]) : undefined;
          concept(word, piece.map(morphemeReading).join(''), true);
        }
        continue;
      }
      for (const group of fragmentGroups(segment.morphemes.filter(isContent))) {
        if (group.length === 1) concept(wordTerm(group[0]), morphemeReading(group[0]), !group[0].known, importanceOf(group[0]));
        // Single characters in a row are usually one mistyped word (実積 for 実績): one concept.
        else concept(group.map(wordTerm).join(''), group.map(morphemeReading).join(''), true);
      }
    }

    for (const concept of concepts) {
      if (concept.word) addTerm(concept.word, WORD_WEIGHT);
      for (const bigram of concept.bigrams) addTerm(bigram, BIGRAM_WEIGHT);
    }
    if (useReadings) {
      // Bigrams across compound boundaries (接種|実績 -> ゅじ), as the index side produces them.
      for (const bigram of this.analyzer.analyze(question).bigrams) addTerm(bigram, BIGRAM_WEIGHT);
    }

    if (options.synonyms !== false) {
      const surface = foldLongVowels(normalizeText(question));
      const baseForms = morphemes.map(wordTerm).join('');
      const reading = morphemes.map(morphemeReading).join('');
      for (const match of this.synonyms.match(surface, baseForms, reading)) {
        for (const word of match.expansion) addTerm(word, SYNONYM_WEIGHT);
        const owners = concepts.filter(
          (concept) =>
            (concept.word !== undefined && match.words.includes(concept.word)) ||
            (concept.word === undefined && match.reading.length >= MIN_KANA_RUN && conceptReadingIncludes(concept, match.reading)),
        );
        for (const owner of owners) owner.alternatives.push(...match.expansion.filter((w) => !owner.alternatives.includes(w)));
      }
    }
    return { terms, concepts };
  }
}

/**
 * Verbs, adjectives and adverbs say what the user wants to do with a thing, and users word them
 * freely (直せる, 戻したい, 入れる), so a missing one weighs less than a missing noun.
 */
export const PREDICATE_IMPORTANCE = 0.5;

function importanceOf(morpheme: Morpheme): number {
  return ['動詞', '形容詞', '副詞'].includes(morpheme.partOfSpeech) ? PREDICATE_IMPORTANCE : 1;
}

interface Segment {
  kana: boolean;
  morphemes: Morpheme[];
}

/**
 * Groups consecutive kana-only morphemes; a group of at least three characters that holds a
 * content morpheme is treated as one kana run (typed in kana instead of kanji).
 */
function splitKanaRuns(morphemes: Morpheme[]): Segment[] {
  const segments: Segment[] = [];
  let current: Morpheme[] = [];
  let currentKana = false;
  const push = (): void => {
    if (!current.length) return;
    const length = current.reduce((sum, m) => sum + [...m.surfaceForm].length, 0);
    // Katakana words are split well by kuromoji; hiragana input is what it gets wrong.
    const kanaRun =
      currentKana && length >= MIN_KANA_RUN && current.some((m) => isContent(m) && HIRAGANA.test(m.surfaceForm));
    segments.push({ kana: kanaRun, morphemes: current });
    current = [];
  };
  for (const morpheme of morphemes) {
    const kana = isKanaOnly(morpheme.surfaceForm);
    if (current.length && kana !== currentKana) push();
    currentKana = kana;
    current.push(morpheme);
  }
  push();
  return segments;
}

/**
 * Drops leading particles and trailing particles, auxiliaries and stop words
 * (ゆうずうしてもらった -> ゆうずう). The start is trimmed less: kuromoji often misreads the
 * first characters of a kana run as a verb (せいきゅう -> せい/き/ゅう).
 */
function trimToContent(morphemes: Morpheme[]): Morpheme[] {
  let start = 0;
  let end = morphemes.length;
  while (start < end && morphemes[start].partOfSpeech === '助詞') start++;
  return trimTrailing(morphemes.slice(start, end));
}

function trimTrailing(morphemes: Morpheme[]): Morpheme[] {
  let end = morphemes.length;
  while (end > 0 && !isContent(morphemes[end - 1])) end--;
  return morphemes.slice(0, end);
}

function conceptReadingIncludes(concept: QueryConcept, reading: string): boolean {
  return concept.reading.includes(reading);
}

const SPLITTING_PARTICLES = new Set(['の', 'を', 'が', 'は', 'に', 'で', 'へ', 'や', 'も']);

/** せいきゅうしょのきげん -> せいきゅうしょ / きげん, when both sides are long enough to be words (2+ characters). */
function splitAtParticles(morphemes: Morpheme[]): Morpheme[][] {
  const pieces: Morpheme[][] = [[]];
  morphemes.forEach((morpheme, i) => {
    const current = pieces[pieces.length - 1];
    const leftLength = current.reduce((sum, m) => sum + m.surfaceForm.length, 0);
    const rightLength = morphemes.slice(i + 1).reduce((sum, m) => sum + m.surfaceForm.length, 0);
    // kuromoji's part of speech is unreliable inside kana runs (の often comes out as 名詞), so the surface decides.
    const split = SPLITTING_PARTICLES.has(morpheme.surfaceForm) && leftLength >= 2 && rightLength >= 2;
    if (split) pieces.push([]);
    else current.push(morpheme);
  });
  return pieces.filter((piece) => piece.length);
}

/** Consecutive one-character or unknown morphemes grouped; every other morpheme alone. */
function fragmentGroups(morphemes: Morpheme[]): Morpheme[][] {
  const groups: Morpheme[][] = [];
  let fragment: Morpheme[] = [];
  const isFragment = (m: Morpheme): boolean => [...m.surfaceForm].length === 1 && /\p{Script=Han}/u.test(m.surfaceForm);
  for (const morpheme of morphemes) {
    if (isFragment(morpheme)) {
      fragment.push(morpheme);
      continue;
    }
    if (fragment.length) groups.push(fragment);
    fragment = [];
    groups.push([morpheme]);
  }
  if (fragment.length) groups.push(fragment);
  return groups;
}
