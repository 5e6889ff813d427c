/**
 * What every dialog may need during a turn but must not construct itself: the acting user (resolved
 * afresh from the activity each turn, never trusted from stored state) and the escalation offer
 * with this conversation's transcript. AssistantBot puts them on the TurnContext; tests of a single
 * dialog add TurnServicesMiddleware to their DialogTestClient.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { EscalationReason, EscalationRequest } from './ports/escalation';
import type { UserIdentity } from './ports/identity';

export interface TurnServices {
  /** The verified user, or undefined when anonymous. */
  user?: UserIdentity;
  /** Sends the inquiry-form offer (with the transcript so far) into this turn. */
  offerEscalation(reason: EscalationReason, question?: string, options?: EscalationOfferChoices): Promise<void>;
  /**
   * What the chat inquiry dialog carries over: the question and reason of the last offer in this
   * conversation (or the last real question), the transcript, the user and the conversation.
   */
  escalationRequest?(): Promise<EscalationRequest>;
}

export interface EscalationOfferChoices {
  /**
   * Offer 「チャットでお問い合わせ」 next to the form link (default true). An operation waiting for an
   * answer says false: its next reply belongs to the operation's step.
   */
  chatInquiry?: boolean;
}

const TURN_SERVICES_KEY = Symbol('vsys.turnServices');

export function setTurnServices(context: TurnContext, services: TurnServices): void {
  context.turnState.set(TURN_SERVICES_KEY, services);
}

export function getTurnServices(context: TurnContext): TurnServices | undefined {
  return context.turnState.get(TURN_SERVICES_KEY) as TurnServices | undefined;
}

/** The acting user of this turn (role, organisation, facility type), or undefined when anonymous. */
export function getUserIdentity(context: TurnContext): UserIdentity | undefined {
  return getTurnServices(context)?.user;
}

/** For DialogTestClient: provides the turn services of each turn from a factory. */
export class TurnServicesMiddleware implements Middleware {
  constructor(private readonly factory: (context: TurnContext) => TurnServices) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    setTurnServices(context, this.factory(context));
    await next();
  }
}
