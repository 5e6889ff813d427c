/**
 * Harness for the per-cool operation dialogs: the real reference core on 127.0.0.1:0 (fresh data
 * dir, test clock) behind a fault-injecting proxy, reached through the real HTTP client; each
 * conversation is a DialogTestClient whose state lives in the embedded store in a temp dir, so
 * `restart()` continues the same conversation with a new dialog instance on the same store (as
 * after a process restart).
 */
import path from 'node:path';
import { ConversationState } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import { BotStateStorage } from '../../../../adapters/storage/botStateStorage';
import { EmbeddedRepositories } from '../../../../adapters/storage/embeddedRepositories';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import { startReferenceServer, TEST_SECRET, type RunningCore } from '../../../core-system/referenceServer';
import { FaultProxy } from '../../../core-system/faultProxy';
import { makeTempDir } from '../../../support/tempDir';
import { DialogConversation, dialogTestMiddlewares } from '../../../support/dialogConversation';

export { chiyoda, chuo, clinicB, hospitalA, hospitalC, DEMO_IDS } from '../../../core-system/users';

export const TODAY = '2024-06-15';

export interface CoreUnderTest extends OperationDependencies {
  running: RunningCore;
  proxy: FaultProxy;
  core: HttpCoreSystem;
  close(): Promise<void>;
}

export async function startCore(today = TODAY): Promise<CoreUnderTest> {
  const running = await startReferenceServer({ today });
  const proxy = new FaultProxy(running.url);
  const proxyUrl = await proxy.listen();
  const core = new HttpCoreSystem({ baseUrl: `${proxyUrl}/core/v1`, tokenSecret: TEST_SECRET, retries: 0 });
  return {
    running,
    proxy,
    core,
    now: () => running.clock.now(),
    async close() {
      await proxy.close();
      await running.close();
    },
  };
}

/** The per-test lifecycle of a suite: see `coreForEachTest`. */
export interface CoreForEachTest {
  /** The core of the test that is running. */
  readonly core: CoreUnderTest;
  /** Closes the conversation (its store and temp dir) after the test, before the core. */
  open<T extends { close(): Promise<void> }>(conversation: T): T;
}

/**
 * Call once at the top of a suite: a fresh core (clean data, test clock at `today`) before each
 * test; after it, every conversation the test opened is closed, then the core.
 */
export function coreForEachTest(today = TODAY): CoreForEachTest {
  let current: CoreUnderTest | undefined;
  const opened: Array<{ close(): Promise<void> }> = [];
  beforeEach(async () => {
    current = await startCore(today);
  });
  afterEach(async () => {
    for (const conversation of opened.splice(0)) await conversation.close();
    await current?.close();
    current = undefined;
  });
  return {
    get core(): CoreUnderTest {
      if (!current) throw new Error('coreForEachTest: the core exists only while a test runs');
      return current;
    },
    open(conversation) {
      opened.push(conversation);
      return conversation;
    },
  };
}

export type { Row } from '../../../support/dialogConversation';

export class Conversation extends DialogConversation {
  private client!: DialogTestClient;
  private repositories!: EmbeddedRepositories;
  private readonly temp = makeTempDir('vsys-cool-');

  constructor(private readonly makeDialog: () => Dialog, private readonly user: UserIdentity | undefined, private readonly utterance = '') {
    super();
    this.build();
  }

  private build(): void {
    this.repositories = new EmbeddedRepositories(path.join(this.temp.dir, 'store'));
    this.client = new DialogTestClient(
      'test',
      this.makeDialog(),
      { utterance: this.utterance },
      dialogTestMiddlewares(this.user),
      new ConversationState(new BotStateStorage(this.repositories)),
    );
  }

  /** A new dialog instance and store handle on the same directory: the conversation continues. */
  async restart(): Promise<void> {
    await this.repositories.close();
    this.build();
  }

  protected currentClient(): DialogTestClient {
    return this.client;
  }

  async close(): Promise<void> {
    await this.repositories.close();
    this.temp.cleanup();
  }
}
