/**
 * Drives the whole AssistantBot through botbuilder's TestAdapter with real parts: the knowledge
 * engine over a fixture content dir, the embedded store in a temp dir (state, records), the
 * signed-token identity resolver and the signed inquiry links of the escalation feature. `restart()` builds a new
 * bot instance on the same store dir, as after a process restart.
 */
import path from 'node:path';
import { ConversationState, TestAdapter, UserState, type Activity } from 'botbuilder';
import { AssistantBot } from '../../../dialogs/assistantBot';
import { OperationRegistry } from '../../../dialogs/operationRegistry';
import type { UserIdentity } from '../../../dialogs/ports/identity';
import type { KnowledgeBase } from '../../../dialogs/ports/knowledgeBase';
import type { Repositories } from '../../../dialogs/ports/repositories';
import { BotStateStorage } from '../../../adapters/storage/botStateStorage';
import { EmbeddedRepositories } from '../../../adapters/storage/embeddedRepositories';
import { SignedTokenIdentityResolver } from '../../../adapters/identity/activityIdentity';
import { TokenSigner } from '../../../adapters/identity/signedToken';
import { INQUIRY_LINK_KIND, InquiryLinks, type InquiryContext } from '../../../adapters/inquiries/inquiryLink';
import { createKnowledgeBase, getAnalysis } from '../../../knowledge';
import { analyzerScorer } from '../../../dialogs/phraseScorer';
import { makeTempDir } from '../../support/tempDir';
import { disposalNoteOperation } from './disposalNoteDialog';

export const FIXTURE_CONTENT = path.join(__dirname, '../../fixtures/dialogs/knowledge');
export const MEDICAL_CONTACT = 'テスト県ワクチン専門相談窓口（0120-000-000）';
export const SUPPORT_HOURS = { startMinutes: 9 * 60, endMinutes: 17 * 60, text: '09:00-17:00' };
/** A Wednesday, 10:00 in Tokyo: the support desk is open. */
export const OFFICE_HOURS = new Date('2025-06-11T01:00:00Z');

export const FACILITY_USER: UserIdentity = {
  id: 'u-facility', displayName: 'A病院 担当者', role: 'facility', organizationId: 'fac-a', organizationName: 'A病院', facilityType: 'basic',
};
export const MUNICIPALITY_USER: UserIdentity = {
  id: 'u-municipality', displayName: '千代田区 担当者', role: 'municipality', organizationId: 'muni-a', organizationName: '千代田区',
};

let knowledge: Promise<KnowledgeBase> | undefined;
/** One engine per test file: kuromoji and the index are built once. */
export function fixtureKnowledgeBase(): Promise<KnowledgeBase> {
  knowledge ??= createKnowledgeBase({ contentDir: FIXTURE_CONTENT });
  return knowledge;
}

export interface HarnessOptions {
  user?: UserIdentity;
  now?: () => Date;
}

export class ConversationHarness {
  repositories!: Repositories;
  readonly inquiryLinks = new InquiryLinks(new TokenSigner('t'.repeat(32)));
  private adapter!: TestAdapter;
  private readonly temp = makeTempDir('vsys-dialogs-');

  private constructor(private readonly options: HarnessOptions) {}

  static async start(options: HarnessOptions = {}): Promise<ConversationHarness> {
    const harness = new ConversationHarness(options);
    await harness.build();
    return harness;
  }

  private async build(): Promise<void> {
    this.repositories = new EmbeddedRepositories(path.join(this.temp.dir, 'store'));
    const storage = new BotStateStorage(this.repositories);
    const { analyzer } = await getAnalysis();
    const registry = new OperationRegistry(analyzerScorer(analyzer)).register(disposalNoteOperation(this.repositories));
    const bot = new AssistantBot({
      conversationState: new ConversationState(storage),
      userState: new UserState(storage),
      knowledgeBase: await fixtureKnowledgeBase(),
      repositories: this.repositories,
      identity: new SignedTokenIdentityResolver(new TokenSigner('t'.repeat(32)), this.options.user),
      escalation: this.inquiryLinks,
      registry,
      medicalContact: MEDICAL_CONTACT,
      supportHours: SUPPORT_HOURS,
      now: this.options.now ?? (() => OFFICE_HOURS),
    });
    this.adapter = new TestAdapter((context) => bot.run(context));
  }

  /** Sends one activity and returns what the bot sent back in that turn (typing indicators left out). */
  async say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : input;
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0).filter((reply) => reply.type !== 'typing');
  }

  /** What the inquiry form would be prefilled with, read from the link in the replies. */
  inquiryContext(replies: Partial<Activity>[]): InquiryContext | undefined {
    const token = /\/inquiry\?t=([^"&\s]+)/.exec(visibleText(replies))?.[1];
    const read = this.inquiryLinks.read(token ? decodeURIComponent(token) : undefined, INQUIRY_LINK_KIND);
    return read.ok ? read.context : undefined;
  }

  /** Like `say`, but includes typing indicators. */
  async sayRaw(input: Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.adapter.receiveActivity(input);
    return this.adapter.activeQueue.splice(0);
  }

  /** A new bot instance on the same store directory, as after a process restart. */
  async restart(): Promise<void> {
    await this.repositories.close();
    await this.build();
  }

  async close(): Promise<void> {
    await this.repositories.close();
    this.temp.cleanup();
  }
}

/** Everything a user would see in the replies: texts, card contents and buttons. */
export function visibleText(replies: Partial<Activity>[]): string {
  return replies
    .map((reply) =>
      [
        reply.text ?? '',
        ...(reply.attachments ?? []).map((attachment) => JSON.stringify(attachment.content)),
        ...(reply.suggestedActions?.actions ?? []).map((action) => `[${action.title}]`),
      ].join('\n'),
    )
    .join('\n');
}

/** One row of a transcript: what the user says and what the bot's replies must (not) contain. */
export interface TranscriptRow {
  user: string | Partial<Activity>;
  bot?: Array<string | RegExp>;
  not?: Array<string | RegExp>;
  /** The bot must send nothing visible. */
  silent?: boolean;
}

export async function playTranscript(harness: ConversationHarness, rows: TranscriptRow[]): Promise<void> {
  for (const [index, row] of rows.entries()) {
    const replies = await harness.say(row.user);
    const seen = visibleText(replies);
    const where = `row ${index + 1} (${typeof row.user === 'string' ? row.user.slice(0, 30) : row.user.type})`;
    if (row.silent) expect({ where, replies }).toEqual({ where, replies: [] });
    for (const expected of row.bot ?? []) {
      const found = typeof expected === 'string' ? seen.includes(expected) : expected.test(seen);
      if (!found) throw new Error(`${where}: expected the bot to say ${String(expected)}, but it said:\n${seen}`);
    }
    for (const unexpected of row.not ?? []) {
      const found = typeof unexpected === 'string' ? seen.includes(unexpected) : unexpected.test(seen);
      if (found) throw new Error(`${where}: the bot must not say ${String(unexpected)}, but it said:\n${seen}`);
    }
  }
}
