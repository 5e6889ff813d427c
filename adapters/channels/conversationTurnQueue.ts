/**
 * Runs the turns of one conversation one after another. Without it a fast client (or a user who
 * types right after the chat opens) gets two turns reading the same conversation state at once:
 * the second turn does not see what the first is about to save - e.g. the greeting is sent twice -
 * and one of the two state writes then fails on its eTag.
 */
export class ConversationTurnQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Queues `turn` behind the conversation's running turns; the returned promise never rejects. */
  run(conversationId: string, turn: () => Promise<void>, onFailure: (error: unknown) => void): Promise<void> {
    const previous = this.tails.get(conversationId) ?? Promise.resolve();
    const next = previous.then(turn).catch(onFailure);
    this.tails.set(conversationId, next);
    void next.then(() => {
      if (this.tails.get(conversationId) === next) this.tails.delete(conversationId);
    });
    return next;
  }
}
