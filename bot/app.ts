/**
 * Composition root: builds the ports (storage, knowledge, core system) and the bot, and mounts
 * every endpoint on one server. Nothing outside bot/ constructs an adapter.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';
import { Readiness } from './readiness';
import { TurnTracker } from './turnTracker';
import { TurnLoggingMiddleware } from './turnLogging';
import { createHttpServer } from './httpServer';
import { createCloudAdapter, registerMessagesEndpoint } from './messagesEndpoint';
import { createRepositories } from './repositoriesFactory';
import { loadOrCreateTokenSecret } from './tokenSecret';
import { BotStateStorage } from '../adapters/storage/botStateStorage';
import { AssistantBot } from '../dialogs/assistantBot';
import type { Repositories } from '../dialogs/ports/repositories';
import { OperationRegistry } from '../dialogs/operationRegistry';
import { createKnowledgeBase, getAnalysis, renderMarkdown } from '../knowledge';
import { analyzerScorer } from '../dialogs/phraseScorer';
import { SignedTokenIdentityResolver } from '../adapters/identity/activityIdentity';
import { TokenSigner } from '../adapters/identity/signedToken';
import { DEMO_USERS } from '../adapters/core-system/reference/demoData';
import { InquiryLinks } from '../adapters/inquiries/inquiryLink';
import { createInquiryIntake, wireEscalation } from './escalationWiring';
import { chatInquiryOperation } from '../dialogs/escalation/inquiryOperation';
import { createLocalDirectLine } from '../adapters/channels/localDirectLine';
import { registerChatPages } from '../adapters/channels/pages';
import { registerKnowledgePages } from '../adapters/knowledgePages/knowledgePages';
import type { CoreSystem } from '../dialogs/ports/coreSystem';
import { HttpCoreSystem } from '../adapters/core-system/httpCoreSystem';
import { mountReferenceCore } from '../adapters/core-system/reference/coreApi';
import { ReportCsvLinks } from '../adapters/reports/reportCsvLinks';
import { registerReportCsvRoute } from '../adapters/reports/reportCsvRoute';
import { registerReportingOperations } from '../dialogs/operations/reports/reportingOperations';
import { facilityOperations } from '../dialogs/operations/facility/facilityOperations';
import { coolOperations } from '../dialogs/operations/cool/coolOperations';
import { describeOpenTasks } from '../dialogs/operations/cool/openTasks';
import { todayInJapan } from '../dialogs/operations/shared/japaneseDate';
import { OpenTasksCache } from '../dialogs/operations/cool/openTasksCache';
import { notifyingCoreWrites } from './coreWriteListener';
import { TranscriptLog } from '../dialogs/transcriptLog';
import { startTranscriptRetention } from './transcriptRetention';

export interface App {
  server: Server;
  repositories: Repositories;
  /** The core system client (embedded reference core under /core/v1 unless CORE_API_URL is set). */
  coreSystem: CoreSystem;
  /** Base URL once listening, e.g. http://127.0.0.1:3978 */
  url(): string;
  listen(): Promise<void>;
  /** Graceful stop: no new connections, in-flight turns finish, storage is flushed. */
  close(): Promise<void>;
}

/** Test seams (fault injection); production passes nothing. */
export interface AppSeams {
  /** Wraps the bot state storage, e.g. to make a write fail in the middle of an operation. */
  wrapStorage?: (storage: Storage) => Storage;
  /** Core client timing (per-attempt timeout, retries, backoff) instead of the client's defaults. */
  coreTiming?: { timeoutMs?: number; retries?: number; backoffMs?: number };
  /** A store shared with another app in this process (a second instance on the same store); not closed by this app. */
  repositories?: Repositories;
  /** How often FAQ entries changed on other instances are looked for (default 5 s). */
  faqPollMs?: number;
}

export async function createApp(config: Config, logger: Logger, seams: AppSeams = {}): Promise<App> {
  const readiness = new Readiness();
  const turns = new TurnTracker();
  const repositories = seams.repositories ?? (await createRepositories(config));
  readiness.register('storage', () => repositories.ping());
  const tokenSecret = loadOrCreateTokenSecret(config.dataDir, config.tokenSecret);
  // One signer for every signed token (user, Direct Line, inquiry and CSV links, support sessions).
  const signer = new TokenSigner(tokenSecret);

  const botStateStorage = new BotStateStorage(repositories);
  const storage = seams.wrapStorage ? seams.wrapStorage(botStateStorage) : botStateStorage;
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const knowledgeBase = await createKnowledgeBase();
  if (knowledgeBase.loadProblems.length > 0) logger.warn({ problems: knowledgeBase.loadProblems }, 'some knowledge content was skipped');
  readiness.register('knowledge', async () => {
    if (knowledgeBase.size() === 0) throw new Error('knowledge index is empty');
  });
  // The bot always goes through the HTTP client, also to the embedded core on its own server.
  const coreClient = new HttpCoreSystem({ baseUrl: config.coreApiUrl ?? (() => `${url()}/core/v1`), tokenSecret, ...seams.coreTiming });
  // The welcome of a facility user mentions the 希望量 still open for the current cool: one lookup
  // per user and day shared by conversations opening together, reused briefly, forgotten on any
  // write through the bot, and never holding the user's first message up for long.
  const openTasks = new OpenTasksCache({
    lookup: (user, today) => describeOpenTasks(coreClient, user, today),
    today: () => todayInJapan(new Date()),
  });
  const coreSystem = notifyingCoreWrites(coreClient, () => openTasks.forget());
  // Operation features register their dialogs here, before the bot is built (see operationRegistry.ts).
  // Triggers are matched with the knowledge engine's analyzer (readings, so kana input matches).
  const operations = new OperationRegistry(analyzerScorer((await getAnalysis()).analyzer));
  // Claims, reports (signed CSV links served by /reports/<id>.csv), notices, data lock, 納入予定日.
  const reportLinks = new ReportCsvLinks(signer, config.publicUrl ?? '');
  registerReportingOperations(operations, { core: coreSystem, links: reportLinks });
  // 医療機関情報, 医師, 型の変更, 新旧コード, 予約受付, 申請の承認 (市町村), 市町村一覧 (都道府県).
  // Facility names typed in kana inside a sentence (「えーびょういんに3本」) are read with the same analyzer.
  const { analyzer: nameAnalyzer } = await getAnalysis();
  const readingOf = (kanji: string) => nameAnalyzer.readingOf(kanji);
  for (const operation of facilityOperations({ core: coreSystem, readingOf })) operations.register(operation);
  // Per-cool tasks: 希望量, 分配量・納入予定日, 移送・融通, 融通受入, 接種実績, 廃棄.
  for (const operation of coolOperations({ core: coreSystem, readingOf })) operations.register(operation);
  // The inquiry collected inside the chat (offered next to the form link), stored like the form's.
  const inquiries = createInquiryIntake(repositories, signer, config.publicUrl);
  operations.register(chatInquiryOperation(inquiries.intake));
  // Without a signed user token, demo mode talks as the demo 基本型 facility user.
  const demoFallback = config.demo ? DEMO_USERS.find((user) => user.id === 'demo-facility') : undefined;
  const identity = new SignedTokenIdentityResolver(signer, demoFallback);
  const inquiryLinks = new InquiryLinks(signer, config.publicUrl ?? '');
  // The inquiry transcript: one small record per turn, outside conversation state (see transcriptLog.ts).
  const transcript = new TranscriptLog(repositories, () => new Date(), (error) => logger.warn({ err: error }, 'transcript turn not saved'));
  await transcript.init();
  const transcriptRetention = startTranscriptRetention(transcript, logger);
  const bot = new AssistantBot({
    transcript,
    conversationState,
    userState,
    knowledgeBase,
    repositories,
    identity,
    // Short-lived signed links to /inquiry carrying the question, transcript, role and organisation.
    escalation: inquiryLinks,
    registry: operations,
    openTasks: (user) => openTasks.linesFor(user),
    medicalContact: config.medicalContact,
    supportHours: config.supportHours,
    linkBase: config.publicUrl,
  });

  const server = createHttpServer(logger, readiness);
  if (!config.coreApiUrl) {
    await mountReferenceCore(server, { repositories, tokenSecret, logger });
  }
  readiness.register('core', () => coreSystem.ping());
  registerReportCsvRoute(server, { core: coreSystem, links: reportLinks, signer });
  const adapter = createCloudAdapter(config, logger);
  // One log line per turn with a correlation id (also stamped on the replies), on both channels.
  const turnLogging = new TurnLoggingMiddleware(logger);
  adapter.use(turnLogging);
  registerMessagesEndpoint(server, adapter, bot, turns);
  // The local Direct Line (chat widget) runs its turns on the same bot as /api/messages.
  const directLine = await createLocalDirectLine({
    server,
    repositories,
    signer,
    bot,
    trackTurn: (work) => turns.run(work),
    logger,
    onTurnError: adapter.onTurnError,
    demoUsers: config.demo ? DEMO_USERS : undefined,
    // Another instance may append to a shared MongoDB conversation; the embedded store has one writer.
    pollIntervalMs: repositories.backend === 'mongodb' ? 1000 : 0,
    publicUrl: config.publicUrl,
  });
  directLine.adapter.use(turnLogging);
  registerChatPages(server);
  // Browsable manuals/FAQ/videos/notices from the live index (support-made FAQ entries included).
  registerKnowledgePages(server, { knowledgeBase, renderMarkdown });
  // Inquiry form, support console, replies back into chats, FAQ entries shared through the store.
  const escalation = await wireEscalation({
    server,
    repositories,
    signer,
    links: inquiryLinks,
    knowledgeBase,
    cloudAdapter: adapter,
    appId: config.microsoftAppId,
    directLine: directLine.adapter,
    demoUsers: config.demo ? DEMO_USERS : undefined,
    publicUrl: config.publicUrl,
    logger,
    store: inquiries.store,
    faqPollMs: seams.faqPollMs,
  });

  function url(): string {
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  }

  let closing: Promise<void> | undefined;
  return {
    server,
    repositories,
    coreSystem,
    url,
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.removeListener('error', reject);
          resolve();
        });
      });
    },
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        escalation.close();
        transcriptRetention.stop();
        directLine.close(); // open chat streams reconnect (to another instance, or after restart)
        await turns.drain(10_000);
        // Keep-alive connections would hold server.close() open; nothing is in flight any more.
        server.server.closeAllConnections?.();
        await stopped;
        if (!seams.repositories) await repositories.close();
      })();
      return closing;
    },
  };
}
