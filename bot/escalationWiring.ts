/**
 * Composition of the escalation feature: the inquiry form and its status page, the support
 * console, replies delivered back into chats (CloudAdapter channels and the local Direct Line), the
 * "FAQにする" entries kept in the store and indexed live on every instance, and the middleware that
 * records each conversation's reference.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Server } from 'restify';
import type { UserIdentity } from '../dialogs/ports/identity';
import type { KnowledgeBase } from '../dialogs/ports/knowledgeBase';
import type { Repositories } from '../dialogs/ports/repositories';
import type { TokenSigner } from '../adapters/identity/signedToken';
import { isLocalDirectLineReference, type DirectLineAdapter } from '../adapters/channels/directLineAdapter';
import type { InquiryIntake } from '../dialogs/ports/inquiryIntake';
import { ChatInquiryIntake } from '../adapters/inquiries/chatInquiryIntake';
import { ConversationReferences } from '../adapters/inquiries/conversationReferences';
import { CsrfProtection } from '../adapters/inquiries/csrf';
import { DEFAULT_FAQ_POLL_MS, FaqEntries } from '../adapters/inquiries/faqEntries';
import { InquiryAccess } from '../adapters/inquiries/inquiryAccess';
import type { InquiryLinks } from '../adapters/inquiries/inquiryLink';
import { registerInquiryRoutes } from '../adapters/inquiries/inquiryRoutes';
import { InquiryStore } from '../adapters/inquiries/inquiryStore';
import { ReplyDelivery, type ProactiveChannel } from '../adapters/inquiries/replyDelivery';
import { registerSupportRoutes } from '../adapters/support/supportRoutes';
import { SupportSessions } from '../adapters/support/supportSessions';
import type { Logger } from './logger';

export interface EscalationWiringOptions {
  server: Server;
  repositories: Repositories;
  signer: TokenSigner;
  links: InquiryLinks;
  knowledgeBase: KnowledgeBase;
  cloudAdapter: CloudAdapter;
  /** MicrosoftAppId: CloudAdapter's continueConversationAsync needs it for Azure channels. */
  appId?: string;
  directLine: DirectLineAdapter;
  demoUsers?: readonly UserIdentity[];
  publicUrl?: string;
  logger: Logger;
  /** How often other instances' FAQ entries are looked for (0 = only at start). */
  faqPollMs?: number;
  /** The store the chat inquiry dialog already writes to (built before the bot); one is made otherwise. */
  store?: InquiryStore;
}

export interface EscalationWiring {
  faqEntries: FaqEntries;
  close(): void;
}

/**
 * The chat inquiry dialog's port: the form's checks and storage. Built before the bot (operations
 * are registered first); pass the returned store to wireEscalation.
 */
export function createInquiryIntake(repositories: Repositories, signer: TokenSigner, publicUrl?: string): { store: InquiryStore; intake: InquiryIntake } {
  const store = new InquiryStore(repositories);
  return { store, intake: new ChatInquiryIntake(store, new InquiryAccess(signer, publicUrl), publicUrl ?? '') };
}

export async function wireEscalation(options: EscalationWiringOptions): Promise<EscalationWiring> {
  const { server, repositories, signer, logger } = options;
  const references = new ConversationReferences(repositories, (error) => logger.warn({ err: error }, 'conversation reference not stored'));
  options.cloudAdapter.use(references);
  options.directLine.use(references);

  const channels: ProactiveChannel[] = [
    {
      accepts: (reference) => isLocalDirectLineReference(reference),
      continueConversation: (reference, logic) => options.directLine.continueConversationAsync('', reference, logic),
    },
    {
      accepts: (reference: Partial<ConversationReference>) => typeof reference.serviceUrl === 'string' && /^https?:\/\//.test(reference.serviceUrl),
      continueConversation: (reference, logic) => options.cloudAdapter.continueConversationAsync(options.appId ?? '', reference, logic),
    },
  ];

  const store = options.store ?? new InquiryStore(repositories);
  await store.init();
  const csrf = new CsrfProtection(signer, options.publicUrl);
  const access = new InquiryAccess(signer, options.publicUrl);
  const delivery = new ReplyDelivery(references, channels, logger);
  const faqEntries = new FaqEntries(repositories, options.knowledgeBase, logger);
  await faqEntries.start(options.faqPollMs ?? DEFAULT_FAQ_POLL_MS);

  registerInquiryRoutes(server, { store, links: options.links, access, csrf, logger });
  registerSupportRoutes(server, {
    signer,
    sessions: new SupportSessions(signer, options.publicUrl),
    csrf,
    store,
    access,
    delivery,
    faqEntries,
    repositories,
    demoUsers: options.demoUsers,
    publicUrl: options.publicUrl,
    logger,
  });
  return { faqEntries, close: () => faqEntries.stop() };
}
