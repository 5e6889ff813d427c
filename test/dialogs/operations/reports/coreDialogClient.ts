/**
 * Test helper for the claims/reports/notices/prefecture/maker dialogs: the real reference core on
 * 127.0.0.1:0 (movable TestClock, fresh data dir) reached through the real HTTP client, and a
 * DialogTestClient whose turns carry the acting user, returning everything a user would see.
 */
import type { Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient, DialogTestLogger } from 'botbuilder-testing';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { TurnServicesMiddleware } from '../../../../dialogs/turnServices';
import { activityPlainText } from '../../../../dialogs/operations/shared/operationCard';
import { startReferenceServer, TEST_SECRET, type RunningCore } from '../../../core-system/referenceServer';

export interface CoreUnderTest {
  running: RunningCore;
  core: HttpCoreSystem;
  /** The core's clock, for the dialogs' "today". */
  now: () => Date;
  close(): Promise<void>;
}

export async function startCore(today: string): Promise<CoreUnderTest> {
  const running = await startReferenceServer({ today });
  const core = new HttpCoreSystem({ baseUrl: `${running.url}/core/v1`, tokenSecret: TEST_SECRET, retries: 0 });
  return { running, core, now: () => running.clock.now(), close: () => running.close() };
}

/** Text, card facts and buttons of one reply. */
export function visible(reply: Partial<Activity>): string {
  const buttons = (reply.suggestedActions?.actions ?? []).map((action) => `[${action.title}]`);
  const cardButtons = (reply.attachments ?? []).flatMap((attachment) => {
    const content = attachment.content as { buttons?: { title: string; value: string }[]; actions?: { title: string; url: string }[]; text?: string; title?: string } | undefined;
    return [content?.title ?? '', content?.text ?? '', ...(content?.buttons ?? []).map((b) => `[${b.title}](${b.value})`), ...(content?.actions ?? []).map((a) => `[${a.title}](${a.url})`)];
  });
  return [activityPlainText(reply), ...cardButtons, ...buttons].filter(Boolean).join('\n');
}

export class DialogConversation {
  readonly client: DialogTestClient;

  constructor(dialog: Dialog, user: UserIdentity | undefined, utterance: string) {
    const services = new TurnServicesMiddleware((context) => ({
      user,
      offerEscalation: async () => {
        await context.sendActivity('escalation');
      },
    }));
    this.client = new DialogTestClient('test', dialog, { utterance }, [services, new DialogTestLogger({ log: () => undefined })]);
  }

  /** Sends one message; returns every reply of the turn. */
  async say(text: string): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    let reply: Partial<Activity> | undefined = await this.client.sendActivity(text);
    while (reply) {
      replies.push(reply);
      reply = this.client.getNextReply();
    }
    return replies;
  }

  /** Like `say`, as one string of what the user sees. */
  async sayText(text: string): Promise<string> {
    return (await this.say(text)).map(visible).join('\n');
  }

  get result(): unknown {
    return this.client.dialogTurnResult.result;
  }

  get status(): string {
    return this.client.dialogTurnResult.status;
  }
}
