/**
 * Reports in conversation: 「R308を見せて」「医療機関別の接種実績」「納入予定日の登録状況」 -> the report
 * of that topic for the user's level (reportCatalog), a short summary in the chat and a link to its
 * CSV. Read-only: no confirmation, nothing is registered.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { InterruptibleDialog, type OperationDialogOptions, type OperationDialogResult } from '../../interruptibleDialog';
import { compactText } from '../../japaneseText';
import type { OperationDefinition } from '../../operationRegistry';
import { CoreSystemError, type CoreSystem, type Cool } from '../../ports/coreSystem';
import { ROLE_LABELS, type UserIdentity } from '../../ports/identity';
import type { ReportDownloadLinks } from '../../ports/reportDownloads';
import { getUserIdentity } from '../../turnServices';
import { cardMessage } from '../shared/operationCard';
import { SlotPrompt, type SlotParse } from '../shared/slotPrompt';
import { isReportRole, resolveReport, topicsFor, type ReportRequest, type ReportRole, type ReportTopic } from './reportCatalog';
import { summarizeReport } from './reportSummary';
import { reportMessages as text } from './messages';

export const REPORT_OPERATION_ID = 'report';
const WATERFALL = 'report-steps';
const CHOICE_PROMPT = 'report-choice';

export interface ReportDialogDependencies {
  core: CoreSystem;
  links: ReportDownloadLinks;
}

type ShowableRequest = Extract<ReportRequest, { kind: 'report' }>;

export class ReportDialog extends InterruptibleDialog {
  constructor(private readonly deps: ReportDialogDependencies) {
    super(REPORT_OPERATION_ID, text.menuLabel);
    this.addDialog(new SlotPrompt(CHOICE_PROMPT, async (context, reply) => this.readChoice(getUserIdentity(context), reply)));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.whichReportStep.bind(this), this.showStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async whichReportStep(step: WaterfallStepContext<OperationDialogOptions>): Promise<DialogTurnResult> {
    const user = getUserIdentity(step.context);
    if (!user) return this.finish(step, 'failed', text.signInRequired);
    if (!isReportRole(user.role)) return this.finish(step, 'failed', text.notOffered);
    const request = resolveReport(step.options?.utterance ?? '', user.role);
    if (request.kind === 'report') return step.next(request);
    if (request.kind === 'not-for-role') await step.context.sendActivity(text.notForRole(request.asked, ROLE_LABELS[user.role]));
    if (request.kind === 'unknown-id') await step.context.sendActivity(text.unknownId(request.asked));
    const buttons = topicsFor(user.role).map((topic) => topic.label);
    this.setStepHelp(step, text.whichReportHelp);
    return step.prompt(CHOICE_PROMPT, {
      prompt: MessageFactory.suggestedActions(buttons, text.whichReport),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.whichReportRetry),
    });
  }

  private async showStep(step: WaterfallStepContext<OperationDialogOptions>): Promise<DialogTurnResult> {
    const request = step.result as ShowableRequest;
    const user = getUserIdentity(step.context);
    if (!user || !isReportRole(user.role)) return this.finish(step, 'failed', text.signInRequired);
    try {
      const role = ROLE_LABELS[user.role];
      if (request.asked) await step.context.sendActivity(text.substituted(request.asked, role, request.reportId));
      const cool = request.topic.cool ? await this.coolFor(user, request.topic, step.options?.utterance ?? '') : undefined;
      const options = cool ? { coolId: cool.id } : {};
      const [report, vaccines] = await Promise.all([this.deps.core.getReport(user, request.reportId, options), this.deps.core.listVaccines(user)]);
      const summary = summarizeReport(report, request.topic, { coolName: cool?.name, vaccineNames: new Map(vaccines.map((v) => [v.code, v.name])) });
      await step.context.sendActivity(cardMessage(text.summaryLead(report.id, report.title), summary));
      const link = this.deps.links.csvLink(user, request.reportId, options);
      const download = CardFactory.heroCard(text.downloadTitle, text.downloadText(this.deps.links.validMinutes), undefined, CardFactory.actions([{ type: 'openUrl', title: text.downloadButton, value: link }]));
      await step.context.sendActivity(MessageFactory.attachment(download));
      return step.endDialog({ outcome: 'completed', summary: `${text.menuLabel} ${report.id}` } satisfies OperationDialogResult);
    } catch (error) {
      if (!(error instanceof CoreSystemError)) throw error;
      return this.finish(step, 'failed', text.failed(error.detail));
    }
  }

  /** The cool the user named (「第5クール」), else the topic's default: the latest locked one or the latest. */
  private async coolFor(user: UserIdentity, topic: ReportTopic, utterance: string): Promise<Cool | undefined> {
    const cools = await this.deps.core.listCools(user);
    const said = compactText(utterance);
    const named = cools.find((cool) => said.includes(compactText(cool.name)));
    if (named) return named;
    return (topic.cool === 'locked' ? cools.find((cool) => cool.dataLocked) : undefined) ?? cools[0];
  }

  private async readChoice(user: UserIdentity | undefined, reply: string): Promise<SlotParse<ShowableRequest>> {
    if (!user || !isReportRole(user.role)) return { ok: false, message: text.signInRequired };
    const request = resolveReport(reply, user.role as ReportRole);
    if (request.kind === 'report') return { ok: true, value: request };
    if (request.kind === 'not-for-role') return { ok: false, message: text.notForRole(request.asked, ROLE_LABELS[user.role]) };
    if (request.kind === 'unknown-id') return { ok: false, message: text.unknownId(request.asked) };
    return { ok: false, message: '' };
  }

  private async finish(step: WaterfallStepContext, outcome: OperationDialogResult['outcome'], message: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(message);
    return step.endDialog({ outcome, summary: text.menuLabel } satisfies OperationDialogResult);
  }
}

export function reportOperation(deps: ReportDialogDependencies): OperationDefinition {
  return {
    id: REPORT_OPERATION_ID,
    dialog: new ReportDialog(deps),
    menuLabel: text.menuLabel,
    triggers: ['レポートを見せて', 'レポートを表示したい', 'R308を見せて', '住所地外接種の申請状況', 'R300を見せて', '接種実績のレポート', '医療機関別の接種実績', '納入予定日の登録状況', '希望量の累計', '分配実績を確認', '予約者一覧を見たい'],
    roles: ['prefecture', 'municipality', 'facility'],
  };
}
