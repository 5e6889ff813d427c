/**
 * The municipality's side of 変更申請: 申請一覧 (pending only) in chat, one application's details
 * (each change as 「current → requested」), 承認 or 却下 with a reason the facility will read, a
 * yes/no confirmation, and the call with an idempotency key kept in dialog state (a repeated
 * confirmation or a retry after a timeout decides once). The facility may file nothing further
 * until this is done, so the list says since when each application waits.
 *
 * Not an OperationDialog: there is no acting facility to choose (the municipality acts as itself).
 */
import { randomUUID } from 'node:crypto';
import { MessageFactory } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CoreSystemError, type Application, type CoreSystem } from '../../ports/coreSystem';
import type { UserIdentity } from '../../ports/identity';
import { InterruptibleDialog, type OperationDialogOptions, type OperationDialogResult } from '../../interruptibleDialog';
import { getUserIdentity } from '../../turnServices';
import { compactText } from '../../japaneseText';
import { matchFacilities } from '../shared/facilityMatch';
import { sharedMessages } from '../shared/messages';
import { cardMessage } from '../shared/operationCard';
import { SlotPrompt, type SlotParse } from '../shared/slotPrompt';
import { parseYesNoAnswer } from '../shared/yesNo';
import { applicationFacts, describeApplication, formatJapanTime } from './applicationText';
import { facilityMessages as text } from './messages';

type Decision = 'approve' | 'reject' | 'back';

/** Persisted between turns in the waterfall's options (JSON only). */
interface ReviewState extends OperationDialogOptions {
  applicationId?: string;
  decision?: 'approve' | 'reject';
  reason?: string;
  idempotencyKey?: string;
}

const WATERFALL = 'review-steps';
const CHOOSE_PROMPT = 'review-choose';
const DECISION_PROMPT = 'review-decision';
const REASON_PROMPT = 'review-reason';
const CONFIRM_PROMPT = 'review-confirm';
/** Buttons and list lines shown at most; the rest is in V-SYS. */
const MAX_LISTED = 10;

export class ApplicationReviewDialog extends InterruptibleDialog {
  static readonly id = 'application-review';

  constructor(private readonly core: CoreSystem) {
    super(ApplicationReviewDialog.id, text.applicationReviewLabel);
    this.addDialog(new SlotPrompt(CHOOSE_PROMPT, async (context, reply) => this.readApplication(getUserIdentity(context), reply)));
    this.addDialog(new SlotPrompt(DECISION_PROMPT, async (_context, reply) => readDecision(reply)));
    this.addDialog(new SlotPrompt(REASON_PROMPT, async (_context, reply) => readReason(reply)));
    this.addDialog(new SlotPrompt(CONFIRM_PROMPT, async (_context, reply) => readConfirmation(reply)));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.listStep.bind(this),
        this.detailStep.bind(this),
        this.decisionStep.bind(this),
        this.confirmStep.bind(this),
        this.executeStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const user = getUserIdentity(step.context);
    if (!user) return end(step, sharedMessages.signInRequired(text.applicationReviewLabel), 'failed');
    if (user.role !== 'municipality') return end(step, text.reviewOnlyMunicipality, 'failed');
    const pending = await this.pending(user).catch((error: unknown) => error as Error);
    if (pending instanceof Error) return end(step, problemText(pending), 'failed');
    if (pending.length === 0) return end(step, text.noPendingApplications, 'completed');
    // 「千代田区A病院の申請を承認したい」: go straight to that facility's application.
    const said = state.utterance ? this.choose(pending, state.utterance, false) : undefined;
    if (said) return step.next(said.id);
    const lines = pending.slice(0, MAX_LISTED).map((a, i) => text.applicationListItem(i + 1, a.facilityName, describeApplication(a), formatJapanTime(a.filedAt)));
    if (pending.length > MAX_LISTED) lines.push(text.moreApplications(pending.length - MAX_LISTED));
    await step.context.sendActivity(`${text.applicationListTitle(pending.length)}\n${lines.join('\n')}`);
    const buttons = pending.slice(0, MAX_LISTED).map((a, i) => `${i + 1}. ${a.facilityName}`);
    this.setStepHelp(step, text.chooseApplicationHelp);
    return step.prompt(CHOOSE_PROMPT, {
      prompt: MessageFactory.suggestedActions(buttons, text.chooseApplication),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.chooseApplication),
    });
  }

  private async detailStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = stateOf(step);
    state.applicationId = step.result as string;
    const user = getUserIdentity(step.context)!;
    try {
      const application = await this.current(user, state.applicationId);
      if (!application) return this.backToList(step, text.applicationNotFound);
      const [facility, vaccines] = await Promise.all([this.core.getFacility(user, application.facilityId), this.core.listVaccines(user)]);
      const buttons = [text.approveLabel, text.rejectLabel, text.backLabel];
      const card = { title: text.applicationDetailTitle(application.facilityName), facts: applicationFacts(application, facility, vaccines) };
      this.setStepHelp(step, text.decisionHelp);
      return step.prompt(DECISION_PROMPT, {
        prompt: cardMessage(text.chooseDecision, card, buttons),
        retryPrompt: MessageFactory.suggestedActions(buttons, text.decisionRetry),
      });
    } catch (error) {
      return end(step, problemText(error), 'failed');
    }
  }

  private async decisionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = stateOf(step);
    const decision = step.result as Decision;
    if (decision === 'back') return step.replaceDialog(WATERFALL, {});
    state.decision = decision;
    if (decision === 'approve') return step.next();
    this.setStepHelp(step, text.rejectionReasonHelp);
    return step.prompt(REASON_PROMPT, { prompt: MessageFactory.text(text.askRejectionReason), retryPrompt: MessageFactory.text(text.askRejectionReason) });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = stateOf(step);
    if (state.decision === 'reject') state.reason = step.result as string;
    const application = await this.current(getUserIdentity(step.context)!, state.applicationId!).catch(() => undefined);
    if (!application) return this.backToList(step, text.applicationNotFound);
    const what = describeApplication(application);
    const question = state.decision === 'approve' ? text.confirmApprove(application.facilityName, what) : text.confirmReject(application.facilityName, what, state.reason ?? '');
    // One key per decided content: a repeated はい or a retry never decides twice.
    state.idempotencyKey ??= randomUUID();
    this.setStepHelp(step, text.decisionHelp);
    const buttons = [text.yes, text.no];
    return step.prompt(CONFIRM_PROMPT, { prompt: MessageFactory.suggestedActions(buttons, question), retryPrompt: MessageFactory.suggestedActions(buttons, text.confirmDecisionRetry) });
  }

  private async executeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = stateOf(step);
    if (step.result !== true) return this.backToList(step, text.decisionCancelled);
    const user = getUserIdentity(step.context)!;
    try {
      const decided =
        state.decision === 'approve'
          ? await this.core.approveApplication(user, state.applicationId!, state.idempotencyKey!)
          : await this.core.rejectApplication(user, state.applicationId!, state.reason ?? '', state.idempotencyKey!);
      const what = describeApplication(decided);
      const message = decided.status === 'approved' ? text.approvedMessage(decided.facilityName, what) : text.rejectedMessage(decided.facilityName, what);
      return end(step, message, 'completed');
    } catch (error) {
      // Decided by someone else meanwhile, or stock arrived before a type change: show why, list again.
      if (error instanceof CoreSystemError && error.kind === 'conflict') return this.backToList(step, text.decisionFailed(error.detail));
      return end(step, problemText(error), 'failed');
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async pending(user: UserIdentity): Promise<Application[]> {
    const applications = await this.core.listApplications(user, { status: 'pending' });
    return applications.sort((a, b) => a.filedAt.localeCompare(b.filedAt));
  }

  private async current(user: UserIdentity, applicationId: string): Promise<Application | undefined> {
    return (await this.pending(user)).find((a) => a.id === applicationId);
  }

  private async readApplication(user: UserIdentity | undefined, reply: string): Promise<SlotParse<string>> {
    if (!user) return { ok: false, message: sharedMessages.signInRequired(text.applicationReviewLabel) };
    try {
      const chosen = this.choose((await this.pending(user)).slice(0, MAX_LISTED), reply, true);
      return chosen ? { ok: true, value: chosen.id } : { ok: false, message: text.applicationNotFound };
    } catch (error) {
      return { ok: false, message: problemText(error) };
    }
  }

  /** By list number (「1」「1. 千代田区A病院」) or by a facility with exactly one application. */
  private choose(applications: Application[], reply: string, byNumber: boolean): Application | undefined {
    const number = /^\s*(\d{1,2})(?:\D|$)/u.exec(reply.normalize('NFKC'));
    if (byNumber && number) return applications[Number(number[1]) - 1];
    const named = matchFacilities(reply, applications.map((a) => ({ id: a.id, name: a.facilityName }))).candidates;
    return named.length === 1 ? applications.find((a) => a.id === named[0].id) : undefined;
  }

  private async backToList(step: WaterfallStepContext, message: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(message);
    return step.replaceDialog(WATERFALL, {});
  }
}

function stateOf(step: WaterfallStepContext): ReviewState {
  return (step.options ?? {}) as ReviewState;
}

async function end(step: WaterfallStepContext, message: string, outcome: OperationDialogResult['outcome']): Promise<DialogTurnResult> {
  await step.context.sendActivity(message);
  const result: OperationDialogResult = { outcome, summary: text.applicationReviewLabel };
  return step.endDialog(result);
}

function problemText(error: unknown): string {
  if (!(error instanceof CoreSystemError)) return sharedMessages.lookupFailed;
  if (error.kind === 'forbidden' || error.kind === 'unauthorized') return sharedMessages.failedForbidden(error.detail);
  if (error.kind === 'unavailable' || error.kind === 'timeout') return text.decisionUnavailable;
  return text.decisionFailed(error.detail);
}

function readDecision(reply: string): SlotParse<Decision> {
  const said = compactText(reply);
  if (said.includes(compactText('却下')) || said.includes(compactText('差し戻'))) return { ok: true, value: 'reject' };
  if (said.includes(compactText('承認'))) return { ok: true, value: 'approve' };
  if (said.includes(compactText('戻る')) || said.includes(compactText('一覧'))) return { ok: true, value: 'back' };
  return { ok: false, message: '' };
}

function readReason(reply: string): SlotParse<string> {
  const reason = reply.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return reason.length >= 2 ? { ok: true, value: reason.slice(0, 500) } : { ok: false, message: text.rejectionReasonTooShort };
}

function readConfirmation(reply: string): SlotParse<boolean> {
  const answer = parseYesNoAnswer(reply);
  return answer === undefined ? { ok: false, message: '' } : { ok: true, value: answer };
}
