/**
 * A short rolling transcript of the conversation, so the inquiry form arrives with what was
 * already said and the user never retypes it.
 *
 * Each turn's lines are one small document in their own collection, written once at the end of
 * the turn. They used to live in conversation state: 30 lines (~7 KB) that botbuilder hashed twice
 * and the store copied and rewrote on every turn, for a transcript read only on escalation.
 */
import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { TranscriptLine } from './ports/escalation';
import type { Repositories } from './ports/repositories';

export const TRANSCRIPT_COLLECTION = 'transcriptTurns';
const MAX_LINES = 30;
const MAX_LINE_CHARS = 500;
/** Lines of this turn, not yet written. */
const PENDING_LINES = Symbol('transcriptPendingLines');

export interface TranscriptTurnRecord {
  id: string;
  conversationId: string;
  /** ISO time of the turn's first line: the order of turns. */
  at: string;
  lines: TranscriptLine[];
}

export class TranscriptLog {
  constructor(
    private readonly repositories: Repositories,
    private readonly now: () => Date,
    /** A transcript that cannot be written must not fail the user's turn. */
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  private get collection() {
    return this.repositories.collection<TranscriptTurnRecord>(TRANSCRIPT_COLLECTION);
  }

  /** Declares the indexes the reads and the retention use (call once at start). */
  async init(): Promise<void> {
    await this.repositories.ensureIndex(TRANSCRIPT_COLLECTION, 'conversationId');
    // Retention asks for the oldest turns: without an index MongoDB scans the collection hourly.
    await this.repositories.ensureIndex(TRANSCRIPT_COLLECTION, 'at');
  }

  /** The last lines of the conversation, this turn's included, oldest first. */
  async read(context: TurnContext): Promise<TranscriptLine[]> {
    const conversationId = context.activity.conversation?.id;
    const pending = pendingLines(context) ?? [];
    if (!conversationId) return pending.slice(-MAX_LINES);
    // Every turn has at least one line, so the last MAX_LINES turns hold the last MAX_LINES lines.
    const turns = await this.collection.find({ conversationId }, { sort: { at: -1 }, limit: MAX_LINES });
    const stored = turns.reverse().flatMap((turn) => turn.lines);
    return [...stored, ...pending].slice(-MAX_LINES);
  }

  /** Records the user's message now and every message the bot sends during this turn. */
  track(context: TurnContext): void {
    const lines: TranscriptLine[] = [];
    context.turnState.set(PENDING_LINES, lines);
    const add = (from: TranscriptLine['from'], text: string): void => {
      lines.push({ from, text: text.trim().slice(0, MAX_LINE_CHARS), at: this.now().toISOString() });
    };
    const activity = context.activity;
    if (activity.type === 'message' && activity.text?.trim()) add('user', activity.text);
    context.onSendActivities(async (_ctx, activities, next) => {
      for (const sent of activities) {
        const line = sent.type === 'message' ? describe(sent) : undefined;
        if (line) add('bot', line);
      }
      return next();
    });
  }

  /** Writes this turn's lines (call at the end of the turn). */
  async flush(context: TurnContext): Promise<void> {
    const lines = pendingLines(context);
    const conversationId = context.activity.conversation?.id;
    if (!lines?.length || !conversationId) return;
    context.turnState.delete(PENDING_LINES);
    try {
      await this.collection.insert({ id: randomUUID(), conversationId, at: lines[0].at, lines });
    } catch (error) {
      this.onError(error);
    }
  }

  /**
   * Deletes the turns older than `before` (retention); resolves with how many were deleted. Reads
   * them a batch at a time: an hour of a busy service's turns (or a backlog after downtime) read
   * at once would all sit in memory together.
   */
  async deleteOlderThan(before: Date, batchSize = 500): Promise<number> {
    let deleted = 0;
    for (;;) {
      const old = await this.collection.find({ at: { $lt: before.toISOString() } }, { limit: batchSize });
      let deletedNow = 0;
      for (const turn of old) if (await this.collection.delete(turn.id)) deletedNow++;
      deleted += deletedNow;
      // Fewer than a batch: none left. None deleted: another instance is deleting the same turns.
      if (old.length < batchSize || deletedNow === 0) return deleted;
    }
  }
}

function pendingLines(context: TurnContext): TranscriptLine[] | undefined {
  return context.turnState.get(PENDING_LINES) as TranscriptLine[] | undefined;
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
