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

    for (const segment of splitKanaRuns(morphemes)) {
      if (segment.kana) {
        const trimmed = trimToContent(segment.morphemes);
        if (!trimmed.length) continue;
        const content = trimmed.filter(isContent);
        const reading = trimmed.map(morphemeReading).join('');
        const word = content.length === 1 && content[0].known ? wordTerm(content[0]) : undefined;
        concepts.push({ word, bigrams: useReadings ? prefixBigrams(reading) : [], alternatives: [] });
        continue;
      }
      for (const morpheme of segment.morphemes) {
        if (!isContent(morpheme)) continue;
        const word = wordTerm(morpheme);
        if (concepts.some((concept) => concept.word === word)) continue;
        const reading = morphemeReading(morpheme);
        concepts.push({ word, bigrams: useReadings ? prefixBigrams(reading) : [], alternatives: [] });
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
      currentKana && length >= MIN_KANA_RUN && current.some(isContent) && current.some((m) => HIRAGANA.test(m.surfaceForm));
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

/** Drops leading and trailing particles, auxiliaries and stop words (ゆうずうしてもらった -> ゆうずう). */
function trimToContent(morphemes: Morpheme[]): Morpheme[] {
  let start = 0;
  let end = morphemes.length;
  while (start < end && !isContent(morphemes[start])) start++;
  while (end > start && !isContent(morphemes[end - 1])) end--;
  return morphemes.slice(start, end);
}

function conceptReadingIncludes(concept: QueryConcept, reading: string): boolean {
  const joined = concept.bigrams.map((bigram, i) => (i === 0 ? bigram.slice(1) : bigram.slice(2))).join('');
  return joined.includes(reading);
}
