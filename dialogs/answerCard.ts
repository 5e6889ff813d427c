/**
 * The answer as an Adaptive Card (renders in Web Chat and Teams): title, the answer in safe
 * markdown, and where it comes from with a button to read or watch it there.
 */
import { CardFactory, type Attachment } from 'botbuilder';
import type { KnowledgeSection } from './ports/knowledgeBase';
import { resolveLink, safeMarkdown } from './safeMarkdown';
import * as text from './qnaMessages';

export function answerCard(section: KnowledgeSection, linkBase?: string): Attachment {
  const url = section.source.url ? resolveLink(section.source.url, linkBase) : undefined;
  const sourceLine = url ? `${text.SOURCE_PREFIX}[${section.source.label}](${url})` : `${text.SOURCE_PREFIX}${section.source.label}`;
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: section.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: safeMarkdown(section.text, { linkBase, truncatedNote: text.ANSWER_TRUNCATED }), wrap: true },
      { type: 'TextBlock', text: sourceLine, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' },
    ],
    actions: url ? [{ type: 'Action.OpenUrl', title: text.SOURCE_BUTTON[section.source.type], url }] : [],
  });
}

/** Last part of a breadcrumb title (「医療機関マニュアル > 希望量の登録」 -> 「希望量の登録」), for buttons. */
export function shortTitle(section: KnowledgeSection): string {
  const parts = section.title.split(/\s*[>＞]\s*/);
  return parts[parts.length - 1] || section.title;
}
