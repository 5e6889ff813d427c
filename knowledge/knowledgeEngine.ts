/**
 * The KnowledgeBase port implementation: analyzer + FlexSearch candidate pool + BM25F re-rank +
 * coverage-based confidence. Sections can be added, replaced and removed live.
 */
import type { KnowledgeBase, KnowledgeSection, SearchHit, SearchOptions, SearchResult } from '../dialogs/ports/knowledgeBase';
import type { Role } from '../dialogs/ports/identity';
import type { Analyzer } from './analyzer';
import { BIGRAM_PREFIX } from './analyzer';
import { QueryAnalyzer, type AnalyzedQuery } from './queryAnalyzer';
import { bm25f, coverage, presentIn, stateUnanswered, titlePrecision, weightQuery } from './ranker';
import { SearchIndex, type IndexedSection } from './searchIndex';
import type { TermStatistics } from './termStatistics';
import type { SynonymTable } from './synonyms';

export interface EngineOptions {
  /** Ablations for the benchmark; all on by default. */
  synonyms?: boolean;
  readings?: boolean;
  rerank?: boolean;
  /** Candidates pulled from FlexSearch per field before re-ranking. */
  poolSize?: number;
  /** Below this confidence the question goes to a person. */
  escalationThreshold?: number;
}

export const DEFAULT_ESCALATION_THRESHOLD = 0.5;
const DEFAULT_LIMIT = 5;
const DEFAULT_POOL_SIZE = 40;
/** Questions longer than this are pasted text; the start says what they are about. */
const MAX_QUESTION_LENGTH = 200;
/** How many BM25 leaders are re-ordered by coverage. */
const COVERAGE_RERANK_DEPTH = 20;
/** What a section whose title the question does not mention at all keeps of its score. */
const TITLE_BASE = 0.7;

/** Removes control characters and replacement characters (binary junk) and trims. */
export function cleanQuestion(question: unknown): string {
  if (typeof question !== 'string') return '';
  const cleaned = question
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffd\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...cleaned].slice(0, MAX_QUESTION_LENGTH).join('');
}

function visibleTo(section: KnowledgeSection, role: Role | undefined): boolean {
  return !role || role === 'support' || section.roles.length === 0 || section.roles.includes(role);
}

export class KnowledgeEngine implements KnowledgeBase {
  private readonly index: SearchIndex;
  private readonly queryAnalyzer: QueryAnalyzer;
  /** Problems found while loading content (for the log); empty when all content is valid. */
  loadProblems: string[] = [];

  constructor(
    analyzer: Analyzer,
    synonyms: SynonymTable,
    private readonly options: EngineOptions = {},
  ) {
    this.index = new SearchIndex(analyzer);
    this.queryAnalyzer = new QueryAnalyzer(analyzer, synonyms);
  }

  /** Bulk load at start. */
  addAll(sections: Iterable<KnowledgeSection>): void {
    for (const section of sections) this.index.upsert(section);
  }

  async search(question: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.searchNow(question, options);
  }

  /** Synchronous search (the CLI and benchmark call it in tight loops). */
  searchNow(question: string, options: SearchOptions = {}): SearchResult {
    const cleaned = cleanQuestion(question);
    const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
    const nothing: SearchResult = { question, hits: [], confidence: 0, escalate: true };
    if (!/[\p{L}\p{N}]/u.test(cleaned)) return nothing;

    const query = this.queryAnalyzer.analyze(cleaned, this.options);
    const statistics = this.index.statistics;
    const weighted = weightQuery(query, statistics);
    if (!weighted.length) return nothing;
    const pool = this.index
      .candidates(candidateTerms(query), this.options.poolSize ?? DEFAULT_POOL_SIZE)
      .filter((indexed) => visibleTo(indexed.section, options.role));
    if (!pool.length) return nothing;

    let ranked: Array<{ indexed: IndexedSection; score: number; coverage?: number }>;
    if (this.options.rerank === false) {
      ranked = pool.map((indexed, i) => ({ indexed, score: pool.length - i }));
    } else {
      ranked = pool.map((indexed) => ({ indexed, score: bm25f(indexed, weighted, statistics) }));
      ranked.sort((a, b) => b.score - a.score);
      // Among the leaders, prefer the section that covers the whole question over one that
      // repeats a single word of it many times.
      // A section whose title the question hardly mentions is probably about something else
      // (only a penalty: short chapter titles would otherwise win over the specific sections).
      const leaders = ranked.slice(0, COVERAGE_RERANK_DEPTH);
      const queryTermIds = new Set(weighted.map((term) => term.termId));
      for (const leader of leaders) {
        leader.coverage = coverage(leader.indexed, query.concepts, statistics, query.compounds);
        const precision = titlePrecision(leader.indexed, queryTermIds, statistics);
        leader.score *= (0.35 + leader.coverage) * Math.min(1, TITLE_BASE + precision);
      }
      leaders.sort((a, b) => b.score - a.score);
      ranked = [...leaders, ...ranked.slice(COVERAGE_RERANK_DEPTH)];
    }

    const hits: SearchHit[] = ranked.slice(0, limit).map(({ indexed, score }) => ({ section: indexed.section, score: round(score) }));
    const top = ranked[0];
    const confidence = round(top.coverage ?? coverage(top.indexed, query.concepts, statistics, query.compounds));
    const threshold = this.options.escalationThreshold ?? DEFAULT_ESCALATION_THRESHOLD;
    return { question, hits, confidence, escalate: confidence < threshold || outOfScope(top.indexed, query, statistics) };
  }

  get(id: string): KnowledgeSection | undefined {
    return this.index.get(id)?.section;
  }

  async upsert(section: KnowledgeSection): Promise<void> {
    this.index.upsert(section);
  }

  async remove(id: string): Promise<boolean> {
    return this.index.remove(id);
  }

  size(): number {
    return this.index.size;
  }

  /** Every indexed section (for the /knowledge pages). */
  sections(): KnowledgeSection[] {
    return [...this.index.sections()].map((indexed) => indexed.section);
  }
}

/**
 * Terms that pull candidates from FlexSearch: the words, plus reading bigrams only of concepts
 * that may be mistyped or typed in kana. Every bigram of every word would multiply the posting
 * lists FlexSearch merges for no better pool; the re-ranker still scores all bigrams.
 */
function candidateTerms(query: AnalyzedQuery): Map<string, number> {
  const terms = new Map([...query.terms].filter(([term]) => !term.startsWith(BIGRAM_PREFIX)));
  for (const concept of query.concepts) {
    if (concept.approximate || !concept.word) for (const bigram of concept.bigrams) terms.set(bigram, query.terms.get(bigram) ?? 0);
  }
  return terms.size ? terms : query.terms;
}

/**
 * A question that uses the content's words for something the content does not do: it names a
 * thing of an out-of-scope category (マスクの在庫, 病院の口座) that the answer does not mention,
 * is asked by someone V-SYS is not for (住民です, 打ちたい), or says of its subject a state no section knows (駐車場が満車です). Coverage cannot
 * tell: all its other words are the content's own.
 */
function outOfScope(top: IndexedSection, query: AnalyzedQuery, statistics: TermStatistics): boolean {
  if (query.outsider) return true;
  if (query.outOfScopeWords.some((word) => !presentIn(top, word, statistics))) return true;
  return query.statePredicate !== undefined && stateUnanswered(top, query.statePredicate, statistics);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
