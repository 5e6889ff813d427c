/**
 * 新・旧 保険医療機関コード / 介護保険事業所番号: when a code changes, the facility registers the new
 * code and the date it applies from (claims for vaccinations from that date use it). The
 * municipality approves it, and an approved new code can never be changed again - the bot says so
 * before asking anything rather than letting the core refuse at the end.
 */
import type { InsuranceCode, IsoDate } from '../../ports/coreSystem';
import { compactText } from '../../japaneseText';
import { findJapaneseDate, formatJapaneseDate } from '../shared/japaneseDate';
import { sharedMessages } from '../shared/messages';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { describeApplication, formatJapanTime, pendingApplicationOf } from './applicationText';
import { facilityMessages as text } from './messages';
import type { SlotParse } from '../shared/slotPrompt';
import { typedSlots } from './typedSlot';

type Kind = InsuranceCode['kind'];

type InsuranceCodeSlots = {
  kind: Kind;
  newCode: string;
  changeDate: IsoDate;
};

const slot = typedSlots<InsuranceCodeSlots>();
const kindName = (kind: Kind) => text.insuranceKind[kind];

/** 介護保険事業所番号 or 保険医療機関コード; both named (the menu label) = not said. */
function kindIn(reply: string): Kind | undefined {
  const said = compactText(reply);
  const care = said.includes(compactText('介護'));
  const medical = said.includes(compactText('医療機関'));
  return care === medical ? undefined : care ? 'care' : 'medical';
}

/** Exactly ten digits, typed with full-width digits, spaces or hyphens. */
function readCode(reply: string): string | undefined {
  const digits = reply.normalize('NFKC').replace(/[\s\-ー－]/gu, '');
  return /^\d{10}$/u.test(digits) ? digits : undefined;
}

export class InsuranceCodeDialog extends OperationDialog<InsuranceCodeSlots> {
  static readonly id = 'insurance-code';

  protected readonly slots: ReadonlyArray<SlotSpec<InsuranceCodeSlots>> = [
    slot({
      name: 'kind',
      label: text.codeKindLabel,
      prompt: () => text.askCodeKind,
      help: text.codeKindHelp,
      choices: () => [kindName('medical'), kindName('care')],
      // An approved new code is final: say so as soon as the kind is known, before asking the code.
      parse: async (reply, ctx) => {
        const kind = kindIn(reply);
        return kind ? this.changeable(ctx, kind) : { ok: false, message: text.codeKindNotFound };
      },
      extract: async (utterance, ctx) => {
        const kind = kindIn(utterance);
        return kind ? this.changeable(ctx, kind) : undefined;
      },
      format: (kind) => kindName(kind),
    }),
    slot({
      name: 'newCode',
      label: text.newCodeLabel,
      prompt: async (ctx, slots) => text.askNewCode(kindName(slots.kind!), (await this.codeOf(ctx, slots.kind!))?.oldCode ?? text.notSet),
      help: text.newCodeHelp,
      parse: async (reply, ctx, slots) => {
        const code = readCode(reply);
        if (!code) return { ok: false, message: text.newCodeMalformed };
        return code === (await this.codeOf(ctx, slots.kind!))?.oldCode ? { ok: false, message: text.newCodeSame } : { ok: true, value: code };
      },
      format: (code) => code,
    }),
    slot({
      name: 'changeDate',
      label: text.changeDateLabel,
      prompt: () => text.askChangeDate,
      help: text.changeDateHelp,
      parse: async (reply, ctx) => {
        const found = findJapaneseDate(reply, ctx.today);
        return found ? { ok: true, value: found.date } : { ok: false, message: sharedMessages.dateMissing };
      },
      format: (date) => formatJapaneseDate(date),
    }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(InsuranceCodeDialog.id, text.insuranceCodeLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext): Promise<{ stop?: string } | void> {
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    const pending = await pendingApplicationOf(this.core, ctx.user, facility);
    if (pending) return { stop: text.pendingStops(pending.what, pending.since, text.insuranceCodeLabel) };
    if (facility.insuranceCodes.length > 0 && facility.insuranceCodes.every((c) => c.status === 'approved')) return { stop: text.allCodesImmutable };
  }

  protected async validate(ctx: OperationContext, slots: InsuranceCodeSlots): Promise<SlotProblem<InsuranceCodeSlots>[]> {
    const changeable = await this.changeable(ctx, slots.kind);
    if (!changeable.ok) return [{ slot: 'kind', message: changeable.message }];
    const code = await this.codeOf(ctx, slots.kind);
    if (code && code.oldCode === slots.newCode) return [{ slot: 'newCode', message: text.newCodeSame }];
    return [];
  }

  private async changeable(ctx: OperationContext, kind: Kind): Promise<SlotParse<Kind>> {
    const code = await this.codeOf(ctx, kind);
    if (code?.status !== 'approved') return { ok: true, value: kind };
    return { ok: false, message: text.codeImmutable(kindName(kind), code.newCode ?? code.oldCode, code.changeDate ? formatJapaneseDate(code.changeDate) : '') };
  }

  protected override async confirmationNote(ctx: OperationContext, slots: InsuranceCodeSlots): Promise<string> {
    const code = await this.codeOf(ctx, slots.kind);
    return `${text.oldCodeLabel}：${code?.oldCode ?? text.notSet}\n${text.codeAppliedNote}`;
  }

  /** The new code became an application: none other can be filed while it is pending. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'explain', message: text.applicationAlreadyFiled(this.menuLabel) };
  }

  protected async submit(ctx: OperationContext, slots: InsuranceCodeSlots, idempotencyKey: string): Promise<CardContent> {
    const application = await this.core.registerInsuranceCode(ctx.user, ctx.facility.id, { kind: slots.kind, newCode: slots.newCode, changeDate: slots.changeDate }, idempotencyKey);
    return {
      title: text.appliedTitle,
      facts: [
        { label: text.applicationLabel, value: describeApplication(application) },
        { label: text.newCodeLabel, value: slots.newCode },
        { label: text.changeDateLabel, value: formatJapaneseDate(slots.changeDate) },
        { label: text.filedAtLabel, value: formatJapanTime(application.filedAt) },
      ],
      note: text.codeAppliedNote,
    };
  }

  private async codeOf(ctx: OperationContext, kind: Kind): Promise<InsuranceCode | undefined> {
    return (await this.core.getFacility(ctx.user, ctx.facility.id)).insuranceCodes.find((c) => c.kind === kind);
  }
}
