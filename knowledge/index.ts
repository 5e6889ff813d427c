/**
 * Public entry of the knowledge engine. The expensive parts (kuromoji, the synonym table) are
 * built once per process and shared by every engine created here.
 */
import type { KnowledgeBase } from '../dialogs/ports/knowledgeBase';
import { Analyzer } from './analyzer';
import { loadContent } from './contentLoader';
import { KnowledgeEngine, type EngineOptions } from './knowledgeEngine';
import { defaultContentDir } from './packageRoot';
import { SynonymTable } from './synonyms';
import { getTokenizer } from './tokenizer';

export { loadContent } from './contentLoader';
export { lintContent } from './contentLint';
export { renderMarkdown, knowledgeLinkPath } from './markdown';
export { defaultContentDir } from './packageRoot';
export { KnowledgeEngine, DEFAULT_ESCALATION_THRESHOLD, type EngineOptions } from './knowledgeEngine';
export type { KnowledgeSection } from '../dialogs/ports/knowledgeBase';

let shared: Promise<{ analyzer: Analyzer; synonyms: SynonymTable }> | undefined;

/** The analyzer and synonym table, built once (kuromoji loads its dictionary in about a second). */
export function getAnalysis(): Promise<{ analyzer: Analyzer; synonyms: SynonymTable }> {
  shared ??= getTokenizer().then((tokenizer) => {
    const analyzer = new Analyzer(tokenizer);
    return { analyzer, synonyms: new SynonymTable(analyzer) };
  });
  shared.catch(() => (shared = undefined));
  return shared;
}

export interface CreateKnowledgeBaseOptions extends EngineOptions {
  /** Default: knowledge/content under the package root (works from dist/ too). */
  contentDir?: string;
}

/** Loads the content and builds the index; invalid files are skipped and listed in `loadProblems`. */
export async function createKnowledgeBase(options: CreateKnowledgeBaseOptions = {}): Promise<KnowledgeBase & KnowledgeEngine> {
  const { contentDir = defaultContentDir(), ...engineOptions } = options;
  const [{ analyzer, synonyms }, content] = await Promise.all([getAnalysis(), loadContent(contentDir)]);
  const engine = new KnowledgeEngine(analyzer, synonyms, engineOptions);
  engine.addAll(content.sections);
  engine.loadProblems = content.problems;
  return engine;
}
