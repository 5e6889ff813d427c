import type { Role } from './identity';

/** manual: 操作マニュアル, faq: よくある質問, video: 動画マニュアル, notice: お知らせ */
export type ContentType = 'manual' | 'faq' | 'video' | 'notice';

/** Where the user can read the answer themselves. */
export interface AnswerSource {
  type: ContentType;
  /** Human label in Japanese, e.g. 「操作マニュアル（医療機関）> 希望量の登録」 or 「動画マニュアル『…』 2:15から」. */
  label: string;
  /** Link to the page (manual section, FAQ entry, video with start time); absent when none is configured. */
  url?: string;
  /** Video chapters only: start of the chapter in seconds. */
  startSeconds?: number;
}

/** One answer unit: a manual section, a FAQ entry, a video chapter or a notice. */
export interface KnowledgeSection {
  /** Unique, stable: `<documentId>` or `<documentId>#<sectionSlug>`. */
  id: string;
  documentId: string;
  type: ContentType;
  /** Breadcrumb title, e.g. 「医療機関マニュアル > 希望量の登録」. */
  title: string;
  /** Answer body as markdown (raw HTML is never rendered). */
  text: string;
  /** Alternate phrasings users type (FAQ). */
  questions: string[];
  /** Roles this section is for; empty means everyone. */
  roles: Role[];
  /** Ids of related sections/documents. */
  related: string[];
  source: AnswerSource;
  /** ISO date of the last update (notices: publication date). */
  updated?: string;
}

export interface SearchOptions {
  role?: Role;
  /** Maximum number of hits to return (default 5). */
  limit?: number;
}

export interface SearchHit {
  section: KnowledgeSection;
  /** Re-ranked relevance score (only comparable within one search). */
  score: number;
}

export interface SearchResult {
  question: string;
  hits: SearchHit[];
  /** Calibrated 0..1: how sure the engine is that hits[0] answers the question. */
  confidence: number;
  /** True when the question should go to a person (out of scope or too unsure). */
  escalate: boolean;
}

export interface KnowledgeBase {
  search(question: string, options?: SearchOptions): Promise<SearchResult>;
  get(id: string): KnowledgeSection | undefined;
  /** Adds or replaces one section live, without rebuilding the index. */
  upsert(section: KnowledgeSection): Promise<void>;
  remove(id: string): Promise<boolean>;
  /** Number of indexed sections. */
  size(): number;
}
