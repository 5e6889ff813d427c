/**
 * The answer as an Adaptive Card (renders in Web Chat and Teams): title, the answer in safe
 * markdown, and where it comes from with a button to read or watch it there.
 */
import { CardFactory, type Attachment } from 'botbuilder';
import type { KnowledgeSection } from './ports/knowledgeBase';
import { resolveLink, safeMarkdown } from './safeMarkdown';
import * as text from './qnaMessages';

/**
 * The card of one answer. `closingQuestion` (「解決しましたか？」) ends the card, below the source and
 * its button, so the answer and the question that follows it are one message: one activity to
 * store and push per answer instead of two, and the question's buttons sit right under it.
 */
export function answerCard(section: KnowledgeSection, linkBase?: string, closingQuestion?: string): Attachment {
  const url = section.source.url ? resolveLink(section.source.url, linkBase) : undefined;
  const sourceLine = url ? `${text.SOURCE_PREFIX}[${section.source.label}](${url})` : `${text.SOURCE_PREFIX}${section.source.label}`;
  const openSource = url ? [{ type: 'Action.OpenUrl', title: text.SOURCE_BUTTON[section.source.type], url }] : [];
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: section.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: safeMarkdown(section.text, { linkBase, truncatedNote: text.ANSWER_TRUNCATED }), wrap: true },
      { type: 'TextBlock', text: sourceLine, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' },
      // The source's button stays next to the source line when a question follows it.
      ...(closingQuestion && openSource.length ? [{ type: 'ActionSet', actions: openSource }] : []),
      ...(closingQuestion ? [{ type: 'TextBlock', text: closingQuestion, wrap: true, separator: true, spacing: 'Medium' }] : []),
    ],
    actions: closingQuestion ? [] : openSource,
  });
}

/** Last part of a breadcrumb title (「医療機関マニュアル > 希望量の登録」 -> 「希望量の登録」), for buttons. */
export function shortTitle(section: KnowledgeSection): string {
  const parts = section.title.split(/\s*[>＞]\s*/);
  return parts[parts.length - 1] || section.title;
}
