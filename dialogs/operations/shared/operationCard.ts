/**
 * The confirmation card (every value the user is about to register) and the result card, as
 * Adaptive Cards with a FactSet, plus the answer buttons as suggested actions so they work in Web
 * Chat, Teams and the Emulator alike (a typed 「登録する」 works the same as the button).
 */
import { CardFactory, MessageFactory, type Activity, type Attachment } from 'botbuilder';

export interface Fact {
  label: string;
  value: string;
}

export interface CardContent {
  title: string;
  facts: Fact[];
  /** A sentence under the facts (e.g. a warning about a lower cumulative count). */
  note?: string;
}

export function factCard(content: CardContent): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: content.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'FactSet', facts: content.facts.map((fact) => ({ title: fact.label, value: fact.value })) },
      ...(content.note ? [{ type: 'TextBlock', text: content.note, wrap: true, color: 'Attention' }] : []),
    ],
  });
}

/** One message: the text, the card, and buttons. */
export function cardMessage(text: string, content: CardContent, buttons: string[] = []): Partial<Activity> {
  const activity = buttons.length > 0 ? MessageFactory.suggestedActions(buttons, text) : MessageFactory.text(text);
  activity.attachments = [factCard(content)];
  return activity;
}

/** Plain text of a message including its card (for logs, transcripts and tests). */
export function activityPlainText(activity: Partial<Activity>): string {
  const parts: string[] = [activity.text ?? ''];
  for (const attachment of activity.attachments ?? []) {
    const card = attachment.content as { body?: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }> } | undefined;
    for (const element of card?.body ?? []) {
      if (element.text) parts.push(element.text);
      for (const fact of element.facts ?? []) parts.push(`${fact.title}：${fact.value}`);
    }
  }
  return parts.filter(Boolean).join('\n');
}
