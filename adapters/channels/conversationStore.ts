/**
 * The local Direct Line's conversations and their activities, kept in the configured store
 * (Repositories port) so a restart, or another instance on the same MongoDB, continues them.
 *
 * Each activity gets a per-conversation sequence number; it is both the Direct Line watermark and
 * part of the activity id (`<conversationId>|0000042`). Sequence numbers are claimed with an
 * atomic insert of that id, so two instances appending at once never share one: the loser reloads
 * the last number and tries the next. Activities are stored as JSON text because cards contain
 * keys such as `$schema` that document stores refuse as field names.
 */
import { EventEmitter } from 'node:events';
import type { Activity } from 'botbuilder';
import { DuplicateIdError, type Repositories } from '../../dialogs/ports/repositories';

export interface ConversationRecord {
  id: string;
  userId: string;
  createdAt: string;
}

interface ActivityRecord {
  id: string;
  conversationId: string;
  sequence: number;
  activityJson: string;
  createdAt: string;
}

export interface ActivityPage {
  activities: Activity[];
  /** Sequence of the last activity returned (or the one asked for when there is nothing new). */
  watermark: number;
}

const CONVERSATIONS = 'directLineConversations';
const ACTIVITIES = 'directLineActivities';
const MAX_CLAIM_ATTEMPTS = 20;
const MAX_CACHED_SEQUENCES = 10_000;
/** Most activities returned by one read; clients page with the watermark. */
export const PAGE_SIZE = 200;

export function activityId(conversationId: string, sequence: number): string {
  return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}

export class ConversationStore {
  /**
   * Emits `activity` (conversation id, and the stored activity with its sequence when it was
   * appended here) whenever an activity is appended or replaced by this instance, and `ephemeral`
   * (conversation id, activity) for activities that are shown but not kept (typing indicators).
   */
  readonly appended = new EventEmitter();
  private readonly nextSequence = new Map<string, number>();
  private readonly appendQueues = new Map<string, Promise<unknown>>();
  private published = 0;

  constructor(private readonly repositories: Repositories) {
    this.appended.setMaxListeners(0); // one listener per open stream
  }

  async init(): Promise<void> {
    await this.repositories.ensureIndex(ACTIVITIES, 'conversationId');
  }

  get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.repositories.collection<ConversationRecord>(CONVERSATIONS).get(conversationId);
  }

  /** Creates the conversation; false when it already exists (a client reconnecting). */
  async create(record: ConversationRecord): Promise<boolean> {
    try {
      await this.repositories.collection<ConversationRecord>(CONVERSATIONS).insert(record);
      return true;
    } catch (error) {
      if (error instanceof DuplicateIdError) return false;
      throw error;
    }
  }

  /**
   * Stores the activity with the next sequence number and returns it with its id. Appends to one
   * conversation are queued so that the order of calls is the order of the transcript.
   */
  append(conversationId: string, activity: Partial<Activity>): Promise<Activity> {
    const previous = this.appendQueues.get(conversationId) ?? Promise.resolve();
    const result = previous.catch(() => undefined).then(() => this.claimAndInsert(conversationId, activity));
    const settled = result.catch(() => undefined);
    this.appendQueues.set(conversationId, settled);
    void settled.then(() => {
      if (this.appendQueues.get(conversationId) === settled) this.appendQueues.delete(conversationId);
    });
    return result;
  }

  /**
   * Shows an activity to the conversation's open streams without storing it: a typing indicator
   * only matters while the turn runs, so it is not part of the transcript (as with the user's
   * typing) and costs no write. Clients reading by polling do not see it.
   */
  publish(conversationId: string, activity: Partial<Activity>): Activity {
    const published = { ...activity, id: `${conversationId}|ephemeral-${++this.published}` } as Activity;
    this.appended.emit('ephemeral', conversationId, published);
    return published;
  }

  /** Activities after `watermark` (exclusive), oldest first. */
  async after(conversationId: string, watermark: number): Promise<ActivityPage> {
    const records = await this.repositories
      .collection<ActivityRecord>(ACTIVITIES)
      .find({ conversationId, sequence: { $gt: watermark } }, { sort: { sequence: 1 }, limit: PAGE_SIZE });
    const activities = records.map((record) => JSON.parse(record.activityJson) as Activity);
    return { activities, watermark: records.length > 0 ? records[records.length - 1].sequence : watermark };
  }

  /** Replaces the content of a stored activity (a bot's updateActivity); false when unknown. */
  async replace(activity: Activity): Promise<boolean> {
    const collection = this.repositories.collection<ActivityRecord>(ACTIVITIES);
    const record = await collection.get(activity.id ?? '');
    if (!record) return false;
    await collection.put({ ...record, activityJson: JSON.stringify(activity) });
    this.appended.emit('activity', record.conversationId);
    return true;
  }

  async remove(id: string): Promise<void> {
    await this.repositories.collection<ActivityRecord>(ACTIVITIES).delete(id);
  }

  /** A cache only: bounded so a long-running server does not keep every conversation it saw. */
  private rememberNextSequence(conversationId: string, sequence: number): void {
    this.nextSequence.delete(conversationId);
    this.nextSequence.set(conversationId, sequence);
    if (this.nextSequence.size > MAX_CACHED_SEQUENCES) {
      this.nextSequence.delete(this.nextSequence.keys().next().value as string);
    }
  }

  private async lastSequence(conversationId: string): Promise<number> {
    const [last] = await this.repositories
      .collection<ActivityRecord>(ACTIVITIES)
      .find({ conversationId }, { sort: { sequence: -1 }, limit: 1 });
    return last?.sequence ?? 0;
  }

  private async claimAndInsert(conversationId: string, partial: Partial<Activity>): Promise<Activity> {
    const collection = this.repositories.collection<ActivityRecord>(ACTIVITIES);
    let sequence = this.nextSequence.get(conversationId) ?? (await this.lastSequence(conversationId)) + 1;
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
      const id = activityId(conversationId, sequence);
      const activity = { ...partial, id } as Activity;
      try {
        await collection.insert({
          id,
          conversationId,
          sequence,
          activityJson: JSON.stringify(activity),
          createdAt: new Date().toISOString(),
        });
        this.rememberNextSequence(conversationId, sequence + 1);
        this.appended.emit('activity', conversationId, activity, sequence);
        return activity;
      } catch (error) {
        if (!(error instanceof DuplicateIdError)) throw error;
        // Another instance took this number: continue after the newest stored activity.
        sequence = Math.max(sequence + 1, (await this.lastSequence(conversationId)) + 1);
      }
    }
    throw new Error(`Could not claim an activity sequence number in conversation ${conversationId}`);
  }
}
