/**
 * One operation dialog conversation on the embedded store, begun with any options (a first
 * sentence, or the state of an operation parked with 「あとで」), that can `restart()` on the same
 * store like a restarted process. Used by the reliability tables of the per-cool operations.
 */
import path from 'node:path';
import { ConversationState, type Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient, DialogTestLogger } from 'botbuilder-testing';
import { BotStateStorage } from '../../../../adapters/storage/botStateStorage';
import { EmbeddedRepositories } from '../../../../adapters/storage/embeddedRepositories';
import type { ParkingResult } from '../../../../dialogs/parkedOperations';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { activityPlainText } from '../../../../dialogs/operations/shared/operationCard';
import { TurnServicesMiddleware } from '../../../../dialogs/turnServices';
import { makeTempDir } from '../../../support/tempDir';

export interface Step {
  says: string;
  shows?: string[];
  hides?: string[];
}

function seen(reply: Partial<Activity>): string {
  const buttons = (reply.suggestedActions?.actions ?? []).map((action) => `[${action.title}]`);
  return [activityPlainText(reply), ...buttons].filter(Boolean).join('\n');
}

export class StoredConversation {
  private client!: DialogTestClient;
  private repositories!: EmbeddedRepositories;
  private readonly temp = makeTempDir('vsys-op-');

  constructor(private readonly makeDialog: () => Dialog, private readonly user: UserIdentity, private readonly options: Record<string, unknown>) {
    this.build();
  }

  private build(): void {
    this.repositories = new EmbeddedRepositories(path.join(this.temp.dir, 'store'));
    const services = new TurnServicesMiddleware(() => ({ user: this.user, offerEscalation: async () => undefined }));
    this.client = new DialogTestClient('test', this.makeDialog(), this.options, [services, new DialogTestLogger({ log: () => undefined })], new ConversationState(new BotStateStorage(this.repositories)));
  }

  /** A new dialog instance and store handle on the same directory: the conversation continues. */
  async restart(): Promise<void> {
    await this.repositories.close();
    this.build();
  }

  async say(text: string): Promise<string> {
    const replies: string[] = [];
    let reply: Partial<Activity> | undefined = await this.client.sendActivity(text);
    while (reply) {
      replies.push(seen(reply));
      reply = this.client.getNextReply();
    }
    return replies.join('\n');
  }

  async run(steps: Step[]): Promise<void> {
    for (const [index, step] of steps.entries()) {
      const reply = await this.say(step.says);
      for (const expected of step.shows ?? []) {
        if (!reply.includes(expected)) throw new Error(`step ${index + 1} 「${step.says}」: expected 「${expected}」 in:\n${reply}`);
      }
      for (const unexpected of step.hides ?? []) {
        if (reply.includes(unexpected)) throw new Error(`step ${index + 1} 「${step.says}」: did not expect 「${unexpected}」 in:\n${reply}`);
      }
    }
  }

  get result(): ParkingResult | undefined {
    return this.client.dialogTurnResult?.result as ParkingResult | undefined;
  }

  get ended(): boolean {
    return this.client.dialogTurnResult?.status === 'complete';
  }

  async close(): Promise<void> {
    await this.repositories.close();
    this.temp.cleanup();
  }
}
