/**
 * Test harness for the facility-data and approval dialogs: the real reference core on 127.0.0.1:0
 * (fresh data dir, movable clock) reached through the real HTTP client, and one DialogTestClient per
 * conversation whose turns carry its acting user. `transcript` runs table rows
 * (user says -> what the replies must and must not contain).
 */
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import { startReferenceServer, TEST_SECRET, type RunningCore } from '../../../core-system/referenceServer';
import { DialogConversation, dialogTestMiddlewares } from '../../../support/dialogConversation';

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

export { visible, type Row } from '../../../support/dialogConversation';

export class Conversation extends DialogConversation {
  readonly client: DialogTestClient;

  constructor(dialog: Dialog, user: UserIdentity | undefined, utterance = '') {
    super();
    this.client = new DialogTestClient('test', dialog, { utterance }, dialogTestMiddlewares(user));
  }

  protected currentClient(): DialogTestClient {
    return this.client;
  }
}
