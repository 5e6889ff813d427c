/**
 * What every operation-dialog harness shares: one DialogTestClient conversation whose turns carry
 * the acting user, read as a user sees it (text, card facts, buttons), and table rows
 * (user says -> what the replies must and must not contain).
 */
import type { Activity } from 'botbuilder';
import { DialogTestLogger, type DialogTestClient } from 'botbuilder-testing';
import type { OperationDialogResult } from '../../dialogs/interruptibleDialog';
import { activityPlainText } from '../../dialogs/operations/shared/operationCard';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { TurnServicesMiddleware } from '../../dialogs/turnServices';

/** Text, card facts and buttons of one reply, as a user sees them. */
export function visible(reply: Partial<Activity>): string {
  const buttons = (reply.suggestedActions?.actions ?? []).map((action) => `[${action.title}]`);
  return [activityPlainText(reply), ...buttons].filter(Boolean).join('\n');
}

/** One row of a transcript: what the user says, what must appear, what must not. */
export interface Row {
  says: string;
  shows?: string[];
  hides?: string[];
}

/** The middleware of a DialogTestClient: the acting user on every turn, no escalation, no logging. */
export function dialogTestMiddlewares(user: UserIdentity | undefined) {
  return [new TurnServicesMiddleware(() => ({ user, offerEscalation: async () => undefined })), new DialogTestLogger({ log: () => undefined })];
}

export abstract class DialogConversation {
  /** The client of the current turn (a harness may rebuild it, e.g. after a simulated restart). */
  protected abstract currentClient(): DialogTestClient;

  /** Sends one message; returns everything the user sees in reply, as one string. */
  async say(text: string): Promise<string> {
    const client = this.currentClient();
    const replies: string[] = [];
    let reply: Partial<Activity> | undefined = await client.sendActivity(text);
    while (reply) {
      replies.push(visible(reply));
      reply = client.getNextReply();
    }
    return replies.join('\n');
  }

  /** Runs the rows in order; a failing row names itself and shows the whole reply. */
  async transcript(rows: Row[]): Promise<void> {
    for (const [index, row] of rows.entries()) {
      const reply = await this.say(row.says);
      for (const expected of row.shows ?? []) {
        if (!reply.includes(expected)) throw new Error(`row ${index + 1} 「${row.says}」: expected 「${expected}」 in:\n${reply}`);
      }
      for (const unexpected of row.hides ?? []) {
        if (reply.includes(unexpected)) throw new Error(`row ${index + 1} 「${row.says}」: did not expect 「${unexpected}」 in:\n${reply}`);
      }
    }
  }

  get result(): OperationDialogResult | undefined {
    return this.currentClient().dialogTurnResult?.result as OperationDialogResult | undefined;
  }

  get ended(): boolean {
    return this.currentClient().dialogTurnResult?.status === 'complete';
  }
}
