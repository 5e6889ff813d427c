/**
 * Test harness for the facility-data and approval dialogs: the real reference core on 127.0.0.1:0
 * (fresh data dir, movable clock) reached through the real HTTP client, and one DialogTestClient per
 * conversation whose turns carry its acting user. `transcript` runs table rows
 * (user says -> what the replies must and must not contain).
 */
import type { Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient, DialogTestLogger } from 'botbuilder-testing';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import type { OperationDialogResult } from '../../../../dialogs/interruptibleDialog';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { TurnServicesMiddleware } from '../../../../dialogs/turnServices';
import { activityPlainText } from '../../../../dialogs/operations/shared/operationCard';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import { startReferenceServer, TEST_SECRET, type RunningCore } from '../../../core-system/referenceServer';

export { chiyoda, chuo, clinicB, hospitalA, hospitalC, prefecture, DEMO_IDS } from '../../../core-system/users';

export interface CoreUnderTest extends OperationDependencies {
  running: RunningCore;
  core: HttpCoreSystem;
  close(): Promise<void>;
}

export async function startCore(today = '2024-06-15'): Promise<CoreUnderTest> {
  const running = await startReferenceServer({ today });
  const core = new HttpCoreSystem({ baseUrl: `${running.url}/core/v1`, tokenSecret: TEST_SECRET, retries: 0 });
  return { running, core, now: () => running.clock.now(), close: () => running.close() };
}

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

export class Conversation {
  readonly client: DialogTestClient;

  constructor(dialog: Dialog, user: UserIdentity | undefined, utterance = '') {
    const services = new TurnServicesMiddleware(() => ({ user, offerEscalation: async () => undefined }));
    this.client = new DialogTestClient('test', dialog, { utterance }, [services, new DialogTestLogger({ log: () => undefined })]);
  }

  /** Sends one message; returns everything the user sees in reply, as one string. */
  async say(text: string): Promise<string> {
    const replies: string[] = [];
    let reply: Partial<Activity> | undefined = await this.client.sendActivity(text);
    while (reply) {
      replies.push(visible(reply));
      reply = this.client.getNextReply();
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
    return this.client.dialogTurnResult?.result as OperationDialogResult | undefined;
  }

  get ended(): boolean {
    return this.client.dialogTurnResult?.status === 'complete';
  }
}
