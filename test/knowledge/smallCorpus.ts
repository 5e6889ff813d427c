/**
 * A knowledge engine over a few sections written for one test: what the ranking does with a
 * question, without the shipped content's noise.
 */
import type { KnowledgeSection } from '../../dialogs/ports/knowledgeBase';
import { KnowledgeEngine, getAnalysis } from '../../knowledge';

export function section(id: string, title: string, text: string, questions: string[] = []): KnowledgeSection {
  return { id, documentId: id, type: 'faq', title, text, questions, roles: [], related: [], source: { type: 'faq', label: 'よくある質問' } };
}

export async function engineWith(sections: KnowledgeSection[]): Promise<KnowledgeEngine> {
  const { analyzer, synonyms } = await getAnalysis();
  const engine = new KnowledgeEngine(analyzer, synonyms);
  engine.addAll(sections);
  return engine;
}

/** The id of the first answer, or how the question was escalated. */
export function answerOf(engine: KnowledgeEngine, question: string): string {
  const result = engine.searchNow(question);
  return result.escalate ? `escalated (${result.confidence})` : (result.hits[0]?.section.id ?? 'none');
}
