/**
 * Re-ranking and confidence. FlexSearch orders by term position only, so the candidate pool is
 * scored again with BM25F (field weights: a hit in the title or an alternate question says more
 * than one in the body). Confidence is how much of the question an answer covers, weighted by
 * idf: a question whose rare words are nowhere in the answer is probably not answered by it,
 * whatever its BM25 score says (BM25 is not comparable across questions, coverage is).
 */
import type { CompoundReading, QueryConcept } from './analyzer';
import { BIGRAM_PREFIX, MORPHEME_SEPARATOR, PAIR_JOINER, RUN_SEPARATOR } from './analyzer';
import { containsWithOneEdit } from './japaneseText';
import type { AnalyzedQuery } from './queryAnalyzer';
import type { IndexedSection } from './searchIndex';
import { FIELD_COUNT, frequencyIn, type TermStatistics } from './termStatistics';

/** title, questions, body */
export const FIELD_WEIGHTS = [2.5, 2.0, 1.0];
const K1 = 1.2;
const B = 0.75;

export interface WeightedTerm {
  termId: number;
  weight: number;
  idf: number;
}

export function weightQuery(query: AnalyzedQuery, statistics: TermStatistics): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  for (const [term, weight] of query.terms) {
    const termId = statistics.termId(term);
    if (termId === undefined || statistics.documentFrequencyOf(termId) === 0) continue;
    out.push({ termId, weight, idf: statistics.idf(termId) });
  }
  return out;
}

export function bm25f(indexed: IndexedSection, terms: WeightedTerm[], statistics: TermStatistics): number {
  const averages = [0, 1, 2].map((f) => statistics.averageFieldLength(f));
  let score = 0;
  for (const term of terms) {
    let weightedFrequency = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const field = indexed.terms[f];
      if (!field.length) continue;
      const frequency = frequencyIn(field, term.termId);
      if (frequency) weightedFrequency += (FIELD_WEIGHTS[f] * frequency) / (1 - B + (B * field.length) / averages[f]);
    }
    if (weightedFrequency > 0) score += term.weight * term.idf * (weightedFrequency / (K1 + weightedFrequency));
  }
  return score;
}

export function presentIn(indexed: IndexedSection, term: string, statistics: TermStatistics): boolean {
  const termId = statistics.termId(term);
  if (termId === undefined) return false;
  return indexed.terms.some((field) => field.length > 0 && frequencyIn(field, termId) > 0);
}

/** What a dictionary word found only by its reading counts for: a homophone is rarely the same word. */
const HOMOPHONE_MATCH = 0.4;
/** A stretch of the question's words found as one word of the section (問合わせ -> 問い合わせ). */
const COMPOUND_MATCH = 0.85;
/** Readings shorter than this match by chance (かた, ばん); they need the word itself. */
const MIN_READING_MATCH = 3;
/** A one-character typo is only recognisable in a longer reading. */
const MIN_FUZZY_READING = 5;
const ALL_SEPARATORS = new RegExp(`[${MORPHEME_SEPARATOR}]`, 'g');

/**
 * Patterns already built: one question tests each of its readings against every leading section,
 * and building the RegExp anew each time was a visible share of the ranking.
 */
const readingPatterns = new Map<string, RegExp>();
const MAX_READING_PATTERNS = 5000;

/** The reading as whole morphemes of the section (にんしん must not match 承認|申請). */
function alignedReadingPattern(reading: string): RegExp {
  let pattern = readingPatterns.get(reading);
  if (pattern) return pattern;
  const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body = [...reading].map(escape).join(`${MORPHEME_SEPARATOR}?`);
  // No g/y flag: test() keeps no lastIndex, so one instance serves every caller.
  pattern = new RegExp(`(?:^|[${MORPHEME_SEPARATOR}${RUN_SEPARATOR}])${body}(?=[${MORPHEME_SEPARATOR}${RUN_SEPARATOR}]|$)`);
  if (readingPatterns.size >= MAX_READING_PATTERNS) readingPatterns.clear();
  readingPatterns.set(reading, pattern);
  return pattern;
}

/**
 * 0..1: how well one concept of the question is found in a section: its word, a synonym, or
 * its reading as whole words (kana input, homophone typos); approximate concepts also with one
 * character off or most of their reading bigrams present.
 */
function conceptMatch(indexed: IndexedSection, concept: QueryConcept, statistics: TermStatistics): number {
  if (concept.word && presentIn(indexed, concept.word, statistics)) return 1;
  if (concept.skeleton && presentIn(indexed, concept.skeleton, statistics)) return 0.95;
  if (concept.alternatives.some((phrase) => phrase.every((word) => presentIn(indexed, word, statistics)))) return 0.9;
  if (!concept.bigrams.length) return 0; // readings switched off (ablation)
  const length = [...concept.reading].length;
  // Typed kana may be a short whole word (うけ of 受け): allowed when it lines up with a word.
  const minimum = concept.approximate ? 2 : MIN_READING_MATCH;
  if (length >= minimum && alignedReadingPattern(concept.reading).test(indexed.reading)) {
    // Kana input and typos only have their reading; a dictionary word that is only found by its
    // reading is another word that sounds the same (替わる for 変わる).
    return concept.approximate ? 0.9 : HOMOPHONE_MATCH;
  }
  if (!concept.approximate) return 0;
  if (length >= MIN_FUZZY_READING && containsWithOneEdit(indexed.reading.replace(ALL_SEPARATORS, ''), concept.reading)) return 0.7;
  if (concept.bigrams.length >= 4) {
    const found = concept.bigrams.filter((bigram) => presentIn(indexed, bigram, statistics)).length / concept.bigrams.length;
    if (found >= 0.7) return 0.8 * found;
  }
  return 0;
}

/**
 * The most a verb, adjective or number weighs. A verb the manuals never use (手をつける, 入れる for
 * 登録する) is the user's own wording, not a sign of another topic; an unknown noun is.
 */
const MAX_MINOR_IDF = 3;

function conceptWeight(concept: QueryConcept, statistics: TermStatistics): number {
  if (concept.word) {
    const idf = statistics.idf(statistics.termId(concept.word));
    return concept.importance < 1 ? Math.min(idf, MAX_MINOR_IDF) : idf;
  }
  if (!concept.bigrams.length) return 0;
  // A word typed in kana is as specific as its rarest stretch: きぼうりょう shares ぼう and よう
  // with half the corpus, but only 希望量 has きぼ, and the word weighs what 希望量 would.
  const idfs = concept.bigrams.map((bigram) => statistics.idf(statistics.termId(bigram))).sort((a, b) => b - a);
  const rarer = idfs.slice(0, Math.ceil(idfs.length / 2));
  return rarer.reduce((a, b) => a + b, 0) / rarer.length;
}

/** idf-weighted share of the question's concepts found in the section. */
export function coverage(
  indexed: IndexedSection,
  concepts: QueryConcept[],
  statistics: TermStatistics,
  compounds: CompoundReading[] = [],
): number {
  const matches = new Map(concepts.map((concept) => [concept, conceptMatch(indexed, concept, statistics)]));
  for (const compound of compounds) {
    if (compound.concepts.every((concept) => (matches.get(concept) ?? 0) >= COMPOUND_MATCH)) continue;
    if (!alignedReadingPattern(compound.reading).test(indexed.reading)) continue;
    for (const concept of compound.concepts) matches.set(concept, Math.max(matches.get(concept) ?? 0, COMPOUND_MATCH));
  }
  let total = 0;
  let matched = 0;
  for (const concept of concepts) {
    const weight = conceptWeight(concept, statistics) * concept.importance;
    total += weight;
    matched += weight * (matches.get(concept) ?? 0);
  }
  return total > 0 ? matched / total : 0;
}

/** What a section must hold of a question's state predicate to be about it (a reading match of kana input counts). */
const STATE_MATCH = 0.5;

/**
 * True when the top section cannot be about what the question says of its subject: the noun of
 * 「駐車場が満車です」 is a word no section holds (nor its kanji or a synonym), or kana typed for a
 * noun (まんしゃ) is not found in the section. The question's other words (駐車場) being covered
 * only says that the section mentions the subject.
 */
export function stateUnanswered(indexed: IndexedSection, predicate: QueryConcept, statistics: TermStatistics): boolean {
  if (conceptMatch(indexed, predicate, statistics) >= STATE_MATCH) return false;
  if (!predicate.word) return true;
  const known = (word: string): boolean => {
    const termId = statistics.termId(word);
    return termId !== undefined && statistics.documentFrequencyOf(termId) > 0;
  };
  return !known(predicate.word) && !(predicate.skeleton && known(predicate.skeleton)) && !predicate.alternatives.some((phrase) => phrase.every(known));
}

/**
 * idf-weighted share of the section title's words that the question mentions (or a synonym of
 * them). Coverage asks whether the section holds the question; this asks whether the question is
 * about the section: 「病院の情報が変わった」 is covered by a FAQ about doctors that changed too,
 * but the words of its title (医師, 接種) are not in the question.
 */
export function titlePrecision(indexed: IndexedSection, queryTermIds: Set<number>, statistics: TermStatistics): number {
  const title = indexed.terms[0];
  let total = 0;
  let mentioned = 0;
  title.termIds.forEach((termId) => {
    const term = statistics.term(termId);
    if (!term || term.startsWith(BIGRAM_PREFIX) || term.includes(PAIR_JOINER)) return;
    const idf = statistics.idf(termId);
    total += idf;
    if (queryTermIds.has(termId)) mentioned += idf;
  });
  return total > 0 ? mentioned / total : 0;
}
