/**
 * Compact per-section term statistics for the BM25F re-ranker: term ids interned once, each
 * field of a section stored as sorted term ids + frequencies in typed arrays (a Map per section
 * would cost several times the memory at 100,000 sections).
 */
import type { AnalyzedText } from './analyzer';

export const FIELD_NAMES = ['title', 'questions', 'body'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export const FIELD_COUNT = FIELD_NAMES.length;

export interface FieldTerms {
  termIds: Int32Array;
  frequencies: Uint16Array;
  /** Number of terms in the field (with repeats). */
  length: number;
}

export type SectionTerms = FieldTerms[];

export class TermStatistics {
  private readonly vocabulary = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Number of sections holding each term id (any field). */
  private documentFrequency = new Int32Array(1024);
  private readonly fieldLengthTotals = new Float64Array(FIELD_COUNT);
  private sectionCount = 0;

  get size(): number {
    return this.sectionCount;
  }

  termId(term: string): number | undefined {
    return this.vocabulary.get(term);
  }

  /** The term of an id (for checks that need to know a term's kind). */
  term(termId: number): string | undefined {
    return this.terms[termId];
  }

  /** Interns the terms of each field and counts the section in the statistics. */
  add(fields: AnalyzedText[]): SectionTerms {
    const sectionTerms = fields.map((field) => this.compile([...field.words, ...field.bigrams]));
    const seen = new Set<number>();
    for (const field of sectionTerms) for (const id of field.termIds) seen.add(id);
    for (const id of seen) this.documentFrequency[id]++;
    sectionTerms.forEach((field, i) => (this.fieldLengthTotals[i] += field.length));
    this.sectionCount++;
    return sectionTerms;
  }

  /** Removes a section previously returned by add() from the statistics. */
  remove(sectionTerms: SectionTerms): void {
    const seen = new Set<number>();
    for (const field of sectionTerms) for (const id of field.termIds) seen.add(id);
    for (const id of seen) this.documentFrequency[id]--;
    sectionTerms.forEach((field, i) => (this.fieldLengthTotals[i] -= field.length));
    this.sectionCount--;
  }

  /** BM25 inverse document frequency; unseen terms get the highest value. */
  idf(termId: number | undefined): number {
    const n = this.sectionCount;
    const df = termId === undefined ? 0 : this.documentFrequency[termId];
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  documentFrequencyOf(termId: number): number {
    return termId >= 0 && termId < this.documentFrequency.length ? this.documentFrequency[termId] : 0;
  }

  averageFieldLength(field: number): number {
    return this.sectionCount ? Math.max(1, this.fieldLengthTotals[field] / this.sectionCount) : 1;
  }

  private compile(terms: string[]): FieldTerms {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const id = this.intern(term);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const ids = [...counts.keys()].sort((a, b) => a - b);
    return {
      termIds: Int32Array.from(ids),
      frequencies: Uint16Array.from(ids.map((id) => Math.min(65535, counts.get(id) ?? 0))),
      length: terms.length,
    };
  }

  private intern(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(term, id);
      this.terms.push(term);
      if (id >= this.documentFrequency.length) {
        const grown = new Int32Array(this.documentFrequency.length * 2);
        grown.set(this.documentFrequency);
        this.documentFrequency = grown;
      }
    }
    return id;
  }
}

/** Frequency of a term id in one field (binary search over the sorted ids). */
export function frequencyIn(field: FieldTerms, termId: number): number {
  const ids = field.termIds;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = ids[mid];
    if (value === termId) return field.frequencies[mid];
    if (value < termId) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
