/**
 * 請求総括書・市区町村別請求書 in conversation: the facility (or its municipality on its behalf)
 * says which month, the core prepares the claim - every vaccine of the month together, each
 * vaccination under the insurance code valid on its date - the bot shows the summary with the
 * deadline (the 10th of the following month; later = the next month's filing) and files it.
 *
 * The month defaults to the previous month when the first sentence names none (「請求書を作りたい」);
 * 「修正」 on the card changes it. The summary facts are derived from the month in `validate`, so
 * they are recomputed whenever the month changes.
 */
import { CoreSystemError, type ClaimDraft, type ClaimLine, type InsuranceCode, type IsoMonth } from '../../ports/coreSystem';
import type { OperationDefinition } from '../../operationRegistry';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { sharedMessages } from '../shared/messages';
import type { CardContent } from '../shared/operationCard';
import {
  OperationDialog,
  type OperationContext,
  type OperationDependencies,
  type SlotProblem,
  type SlotSpec,
} from '../shared/operationDialog';
import { addMonths, findClaimMonth, formatJapaneseMonth, monthOfDate } from './claimMonth';
import { claimMessages as text } from './messages';

export const CLAIM_OPERATION_ID = 'claim';

export type ClaimSlots = {
  serviceMonth: IsoMonth;
  /** Derived in validate: one line per vaccine and insurance code. */
  lines: string[];
  total: string;
  due: string;
  /** Derived, not shown as a fact: the sentence under the card. */
  note: string;
};

function previousMonth(ctx: OperationContext): IsoMonth {
  return addMonths(monthOfDate(ctx.today), -1);
}

const monthSlot: SlotSpec<ClaimSlots, 'serviceMonth'> = {
  name: 'serviceMonth',
  label: text.monthLabel,
  help: text.monthHelp,
  prompt: (ctx) => text.monthPrompt(`${Number(previousMonth(ctx).slice(5))}月`),
  choices: (ctx) => [text.monthButton(formatJapaneseMonth(previousMonth(ctx))), text.monthButton(formatJapaneseMonth(addMonths(previousMonth(ctx), -1)))],
  parse: async (reply, ctx) => {
    const found = findClaimMonth(reply, ctx.today);
    return found ? { ok: true, value: found.month } : { ok: false, message: text.monthMissing };
  },
  // Not mentioned: the previous month, the usual claim (shown on the card, 修正 changes it).
  extract: async (utterance, ctx) => {
    const found = findClaimMonth(utterance, ctx.today);
    return found ? { ok: true, value: found.month, text: found.text } : { ok: true, value: previousMonth(ctx) };
  },
  format: (month) => `${formatJapaneseMonth(month)}分`,
};

/** A fact derived in validate: never asked. */
function derived<K extends 'lines' | 'total' | 'due'>(name: K, label: string, format: (value: ClaimSlots[K]) => string): SlotSpec<ClaimSlots, K> {
  return { name, label, auto: true, help: '', prompt: () => '', parse: async () => ({ ok: false, message: '' }), format };
}

const SLOTS = [
  monthSlot,
  derived('lines', text.linesLabel, (lines) => lines.join('\n')),
  derived('total', text.totalLabel, (total) => total),
  derived('due', text.dueLabel, (due) => due),
] as ReadonlyArray<SlotSpec<ClaimSlots>>;

export class ClaimDialog extends OperationDialog<ClaimSlots> {
  protected readonly slots = SLOTS;

  constructor(dependencies: OperationDependencies) {
    super(CLAIM_OPERATION_ID, text.menuLabel, dependencies);
  }

  protected async validate(ctx: OperationContext, slots: ClaimSlots): Promise<SlotProblem<ClaimSlots>[]> {
    const month = slots.serviceMonth;
    const shown = formatJapaneseMonth(month);
    let draft: ClaimDraft;
    try {
      draft = await ctx.core.prepareClaim(ctx.user, ctx.facility.id, month);
    } catch (error) {
      // 「今月分」 and the like: the core's reason, then the month is asked again.
      if (error instanceof CoreSystemError && (error.kind === 'validation' || error.kind === 'conflict')) return [{ slot: 'serviceMonth', message: error.detail }];
      throw error;
    }
    if (draft.lines.length === 0) return [{ slot: 'serviceMonth', message: text.nothingToClaim(shown) }];
    const filed = (await ctx.core.listClaims(ctx.user, ctx.facility.id)).find((claim) => claim.serviceMonth === month);
    if (filed) return [{ slot: 'serviceMonth', message: text.alreadyFiled(shown, formatJapaneseDate(filed.filedAt.slice(0, 10))) }];

    const [facility, vaccines] = await Promise.all([ctx.core.getFacility(ctx.user, ctx.facility.id), ctx.core.listVaccines(ctx.user)]);
    const names = new Map(vaccines.map((v) => [v.code, v.name]));
    const medical = facility.insuranceCodes.find((code) => code.kind === 'medical');
    const change = changeInMonth(medical, month);
    // The validated record is the dialog's own slots object: derived facts are stored with the month.
    slots.lines = draft.lines.map((line) => describeLine(line, names, medical, change));
    slots.total = text.total(sum(draft.lines.map((l) => l.vaccinations)), text.yen(draft.totalYen));
    slots.due = formatJapaneseDate(draft.dueDate);
    const notes = [draft.late ? text.noteLate(formatJapaneseDate(draft.dueDate), formatJapaneseDate(`${draft.filingMonth}-10`)) : text.noteOnTime(formatJapaneseDate(draft.dueDate))];
    if (change) notes.push(text.noteCodeChange(formatJapaneseDate(change)));
    slots.note = notes.join('\n');
    return [];
  }

  protected override async confirmationNote(_ctx: OperationContext, slots: ClaimSlots): Promise<string | undefined> {
    return slots.note;
  }

  protected async submit(ctx: OperationContext, slots: ClaimSlots, idempotencyKey: string): Promise<CardContent> {
    const claim = await ctx.core.fileClaim(ctx.user, ctx.facility.id, slots.serviceMonth, idempotencyKey);
    const nextDue = formatJapaneseDate(`${claim.filingMonth}-10`);
    return {
      title: text.resultTitle,
      facts: [
        ...(ctx.facility.proxy ? [{ label: sharedMessages.labelFacility, value: `${ctx.facility.name}（代理入力）` }] : []),
        { label: text.monthLabel, value: `${formatJapaneseMonth(claim.serviceMonth)}分` },
        { label: text.totalLabel, value: text.total(sum(claim.lines.map((l) => l.vaccinations)), text.yen(claim.totalYen)) },
        { label: text.resultFilingMonth, value: claim.late ? text.filingLate(nextDue) : text.filingOnTime(formatJapaneseDate(claim.dueDate)) },
        { label: text.resultFiledAt, value: formatJapaneseDate(ctx.today) },
      ],
    };
  }
}

/** The approved change date of the medical code when it falls inside the month (both codes used). */
function changeInMonth(code: InsuranceCode | undefined, month: IsoMonth): string | undefined {
  if (!code || code.status !== 'approved' || !code.newCode || !code.changeDate) return undefined;
  return code.changeDate > `${month}-01` && monthOfDate(code.changeDate) === month ? code.changeDate : undefined;
}

function describeLine(line: ClaimLine, names: Map<string, string>, medical: InsuranceCode | undefined, change: string | undefined): string {
  const vaccine = names.get(line.vaccineCode) ?? line.vaccineCode;
  const isNew = medical?.status === 'approved' && line.insuranceCode === medical.newCode;
  const isOld = medical?.newCode !== undefined && medical.status === 'approved' && line.insuranceCode === medical.oldCode;
  const kind = isNew ? text.newCode : isOld ? text.oldCode : text.code;
  const period = change ? (isNew ? text.fromChange(formatJapaneseDate(change)) : text.beforeChange(formatJapaneseDate(change))) : '';
  return text.line(vaccine, kind, line.insuranceCode, period, line.vaccinations, text.yen(line.amountYen));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function claimOperation(dependencies: OperationDependencies): OperationDefinition {
  return {
    id: CLAIM_OPERATION_ID,
    dialog: new ClaimDialog(dependencies),
    menuLabel: text.menuLabel,
    triggers: ['請求書を作成したい', '請求総括書の作成', '市区町村別請求書を作りたい', '先月分を請求したい', '請求を提出したい', '接種費用の請求'],
    roles: ['facility', 'municipality'],
  };
}
