/**
 * A short rolling transcript of the conversation (kept in conversation state), so the inquiry
 * form arrives with what was already said and the user never retypes it.
 */
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { TranscriptLine } from './ports/escalation';

const MAX_LINES = 30;
const MAX_LINE_CHARS = 500;

export class TranscriptLog {
  constructor(private readonly lines: StatePropertyAccessor<TranscriptLine[]>, private readonly now: () => Date) {}

  async read(context: TurnContext): Promise<TranscriptLine[]> {
    return [...(await this.lines.get(context, []))];
  }

  /** Records the user's message now and every message the bot sends during this turn. */
  async track(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type === 'message' && activity.text?.trim()) await this.append(context, 'user', activity.text);
    context.onSendActivities(async (ctx, activities, next) => {
      for (const sent of activities) {
        const line = sent.type === 'message' ? describe(sent) : undefined;
        if (line) await this.append(ctx, 'bot', line);
      }
      return next();
    });
  }

  private async append(context: TurnContext, from: TranscriptLine['from'], text: string): Promise<void> {
    const lines = await this.lines.get(context, []);
    lines.push({ from, text: text.trim().slice(0, MAX_LINE_CHARS), at: this.now().toISOString() });
    if (lines.length > MAX_LINES) lines.splice(0, lines.length - MAX_LINES);
    await this.lines.set(context, lines);
  }
}

/** Plain text of what the bot said: the text, else the card's title (answer and escalation cards). */
function describe(activity: Partial<Activity>): string | undefined {
  const parts: string[] = [];
  if (activity.text) parts.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    const content = attachment.content as { title?: string; body?: Array<{ text?: string }> } | undefined;
    const title = content?.title ?? content?.body?.[0]?.text;
    if (title) parts.push(`[${title}]`);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
