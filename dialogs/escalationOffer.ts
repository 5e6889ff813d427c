/**
 * Offers the inquiry form: a short apology for the reason, the support desk's hours (and when a
 * person will answer if it is closed now), and a button to the prefilled form.
 */
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { EscalationPort, EscalationReason, TranscriptLine } from './ports/escalation';
import type { UserIdentity } from './ports/identity';
import { formatClock, formatTokyoTime, supportStatus, type SupportHours } from './supportHours';
import * as text from './escalationMessages';

export interface EscalationOfferOptions {
  port: EscalationPort;
  supportHours: SupportHours;
  /** Injected clock so tests can be outside office hours on purpose. */
  now?: () => Date;
}

export interface EscalationContext {
  reason: EscalationReason;
  question?: string;
  transcript: TranscriptLine[];
  user?: UserIdentity;
  conversationId?: string;
  /** Label of the chat inquiry dialog to offer next to the form (its menu label starts it); absent = form only. */
  chatInquiryButton?: string;
}

export class EscalationOffer {
  private readonly now: () => Date;

  constructor(private readonly options: EscalationOfferOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The sentence about who answers when, for the current moment. */
  hoursSentence(): string {
    const hours = this.options.supportHours;
    const hoursText = `${formatClock(hours.startMinutes)}〜${formatClock(hours.endMinutes)}`;
    const status = supportStatus(this.now(), hours);
    return status.open
      ? text.supportOpenText(hoursText, formatClock(status.closesAt.minutes))
      : text.supportClosedText(hoursText, formatTokyoTime(status.opensAt));
  }

  async activity(context: EscalationContext, leadOverride?: string): Promise<Partial<Activity>> {
    const { chatInquiryButton, ...request } = context;
    const lead = leadOverride ?? text.ESCALATION_LEAD[request.reason];
    const invite = [lead, text.ESCALATION_FORM_INVITE, chatInquiryButton ? text.ESCALATION_CHAT_INVITE : ''].filter(Boolean).join('');
    let link: string;
    try {
      link = await this.options.port.inquiryLink(request);
    } catch {
      return MessageFactory.text(text.ESCALATION_LINK_FAILED);
    }
    const body = [invite, this.hoursSentence()];
    if (request.reason === 'low-confidence' || request.reason === 'out-of-scope') body.push(text.ESCALATION_REPHRASE_HINT);
    const card = CardFactory.heroCard(
      text.ESCALATION_CARD_TITLE,
      body.join('\n\n'),
      undefined,
      CardFactory.actions([
        { type: 'openUrl', title: text.ESCALATION_BUTTON, value: link },
        // imBack: the label typed into the chat starts the dialog, on every channel.
        ...(chatInquiryButton ? [{ type: 'imBack', title: chatInquiryButton, value: chatInquiryButton }] : []),
      ]),
    );
    return MessageFactory.attachment(card);
  }

  async send(context: TurnContext, request: EscalationContext, leadOverride?: string): Promise<void> {
    await context.sendActivity(await this.activity(request, leadOverride));
  }
}
