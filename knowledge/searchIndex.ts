/**
 * The section index: a FlexSearch Document (fields title / questions / body) that yields a
 * candidate pool, plus the term statistics the re-ranker needs. FlexSearch only sees terms the
 * analyzer already produced (its own encoders and CJK charset split dakuten and mangle
 * Japanese), joined by spaces and split back by a trivial `encode`.
 */
import { Document } from 'flexsearch';
import type { KnowledgeSection } from '../dialogs/ports/knowledgeBase';
import type { AnalyzedText, Analyzer } from './analyzer';
import { FIELD_NAMES, TermStatistics, type SectionTerms } from './termStatistics';

export interface IndexedSection {
  key: number;
  section: KnowledgeSection;
  terms: SectionTerms;
  /** Reading runs of title, questions and body, for kana and typo checks of the top answers. */
  reading: string;
  /** Word terms laid out like `reading`, for the reading lexicon (and to take them out of it again). */
  readingWords: string;
}

interface FlexRecord {
  key: number;
  title: string;
  questions: string;
  body: string;
  [field: string]: string | number;
}

interface FlexFieldResult {
  field: string;
  result: number[];
}

/** The part of FlexSearch's Document API used here (its generic typings are hard to satisfy). */
interface FlexDocument {
  add(record: FlexRecord): unknown;
  remove(key: number): unknown;
  search(query: string, options: { limit: number; suggest: boolean; index?: string[] }): FlexFieldResult[];
}

/** Postings FlexSearch may merge for one question (it counts each one). */
const CANDIDATE_POSTINGS_BUDGET = 20_000;
const MAX_CANDIDATE_TERMS = 10;

const splitTerms = (text: string): string[] => (text ? text.split(' ') : []);
const joinTerms = (terms: string[]): string => [...new Set(terms)].map((term) => term.replace(/\s+/g, '_')).join(' ');

export class SearchIndex {
  readonly statistics = new TermStatistics();
  private readonly flex: FlexDocument;
  private readonly byId = new Map<string, IndexedSection>();
  private readonly byKey: Array<IndexedSection | undefined> = [];

  constructor(private readonly analyzer: Analyzer) {
    const DocumentConstructor = Document as unknown as new (options: object) => FlexDocument;
    this.flex = new DocumentConstructor({
      document: {
        id: 'key',
        index: FIELD_NAMES.map((field) => ({ field, tokenize: 'strict', encode: splitTerms })),
      },
    });
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexedSection | undefined {
    return this.byId.get(id);
  }

  byIndexKey(key: number): IndexedSection | undefined {
    return this.byKey[key];
  }

  sections(): IterableIterator<IndexedSection> {
    return this.byId.values();
  }

  /** Adds or replaces one section; only that section's entries change. */
  upsert(section: KnowledgeSection): void {
    this.remove(section.id);
    const fields: AnalyzedText[] = [
      this.analyzer.analyze(section.title),
      this.analyzer.analyze(section.questions.join('\n')),
      this.analyzer.analyze(withoutLinkTargets(section.text)),
    ];
    const key = this.byKey.length;
    const reading = fields.map((field) => field.reading).join('|');
    const readingWords = fields.map((field) => field.readingWords).join('|');
    const indexed: IndexedSection = { key, section, terms: this.statistics.add(fields), reading, readingWords };
    this.analyzer.lexicon.update(reading, readingWords, 1);
    this.byKey.push(indexed);
    this.byId.set(section.id, indexed);
    const [title, questions, body] = fields.map((field) => joinTerms([...field.words, ...field.bigrams]));
    this.flex.add({ key, title, questions, body });
  }

  remove(id: string): boolean {
    const indexed = this.byId.get(id);
    if (!indexed) return false;
    this.flex.remove(indexed.key);
    this.statistics.remove(indexed.terms);
    this.analyzer.lexicon.update(indexed.reading, indexed.readingWords, -1);
    this.byKey[indexed.key] = undefined;
    this.byId.delete(id);
    return true;
  }

  /**
   * The terms worth asking FlexSearch for, most telling first: question words before synonym
   * expansions before reading bigrams, rarer before commoner. FlexSearch's merge touches every
   * posting of every term, so terms are taken while their postings fit a budget: a word in a
   * large share of a large corpus (登録 at 100,000 sections) barely changes which sections are
   * candidates but would dominate the query time. The re-ranker still counts every term.
   */
  private selectiveTerms(terms: Map<string, number>): string[] {
    const known = [...terms]
      .map(([term, weight]) => ({ term, weight, df: this.statistics.documentFrequencyOf(this.statistics.termId(term) ?? -1) }))
      .filter((entry) => entry.df > 0)
      .sort((a, b) => b.weight - a.weight || a.df - b.df);
    const chosen: string[] = [];
    let postings = 0;
    for (const entry of known) {
      if (chosen.length >= MAX_CANDIDATE_TERMS) break;
      if (chosen.length && postings + entry.df > CANDIDATE_POSTINGS_BUDGET) continue;
      chosen.push(entry.term);
      postings += entry.df;
    }
    return chosen;
  }

  /**
   * Up to `poolSize` candidates per field, any term matching (`suggest`: FlexSearch is AND
   * otherwise), in FlexSearch's own order: fields interleaved, best positions first.
   */
  candidates(terms: Map<string, number>, poolSize: number): IndexedSection[] {
    const selective = this.selectiveTerms(terms);
    if (!selective.length) return [];
    const results = this.flex.search(joinTerms(selective), { limit: poolSize, suggest: true });
    const seen = new Set<number>();
    const out: IndexedSection[] = [];
    const longest = Math.max(0, ...results.map((r) => r.result.length));
    for (let rank = 0; rank < longest; rank++) {
      for (const fieldResult of results) {
        const key = fieldResult.result[rank];
        if (key === undefined || seen.has(key)) continue;
        seen.add(key);
        const indexed = this.byKey[key];
        if (indexed) out.push(indexed);
      }
    }
    return out;
  }
}

/**
 * Link targets are addresses, not words of the text: kb:manual-facility-first-login would make
 * every section that links to the first-login chapter an answer to 「login」.
 */
export function withoutLinkTargets(text: string): string {
  return text.replace(/\bkb:[^\s)）]+/gi, ' ').replace(/https?:\/\/[^\s)）]+/gi, ' ');
}
