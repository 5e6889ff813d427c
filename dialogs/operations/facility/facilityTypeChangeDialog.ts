/**
 * 基本型⇔サテライト型の変更: allowed only while the facility holds no vaccine, and only once the
 * municipality approves. The bot checks the stock and the pending application before asking
 * anything, and explains why not (how many vials in which lots, or which application waits since
 * when) instead of letting the user confirm a request the core would refuse.
 */
import type { FacilityType } from '../../ports/identity';
import { compactText } from '../../japaneseText';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { parseYesNoAnswer } from '../shared/yesNo';
import type { SlotParse } from '../shared/slotPrompt';
import { describeApplication, formatJapanTime, pendingApplicationOf } from './applicationText';
import { facilityMessages as text } from './messages';
import { typedSlots } from './typedSlot';

type TypeChangeSlots = {
  /** Read from the core in prepare (the sign-in may predate an approved change). */
  currentType: FacilityType;
  facilityType: FacilityType;
};

const slot = typedSlots<TypeChangeSlots>();
const other = (type: FacilityType): FacilityType => (type === 'basic' ? 'satellite' : 'basic');
const typeName = (type: FacilityType) => text.facilityType[type];

/** Types named in the text: 「サテライト型」「サテライト」「基本型」. */
function typesIn(reply: string): FacilityType[] {
  const said = compactText(reply);
  const found: FacilityType[] = [];
  if (said.includes(compactText('基本'))) found.push('basic');
  if (said.includes(compactText('サテライト'))) found.push('satellite');
  return found;
}

function readTarget(reply: string, current: FacilityType): SlotParse<FacilityType> {
  const named = typesIn(reply);
  if (named.includes(other(current))) return { ok: true, value: other(current) };
  if (named.length > 0) return { ok: false, message: text.typeChangeSame(typeName(current)) };
  const yes = parseYesNoAnswer(reply);
  if (yes === true || compactText(reply).includes(compactText('変更'))) return { ok: true, value: other(current) };
  return { ok: false, message: text.typeChangeAnswer };
}

export class FacilityTypeChangeDialog extends OperationDialog<TypeChangeSlots> {
  static readonly id = 'facility-type-change';

  protected readonly slots: ReadonlyArray<SlotSpec<TypeChangeSlots>> = [
    slot({
      name: 'currentType',
      label: text.typeFromLabel,
      auto: true,
      prompt: () => '',
      help: text.typeChangeHelp,
      parse: async () => ({ ok: false, message: '' }),
      format: (type) => typeName(type),
    }),
    slot({
      name: 'facilityType',
      label: text.typeToLabel,
      prompt: (_ctx, slots) => text.askTypeChange(typeName(slots.currentType!), typeName(other(slots.currentType!))),
      help: text.typeChangeHelp,
      choices: () => [text.yes, text.cancelWord],
      parse: async (reply, _ctx, slots) => readTarget(reply, slots.currentType!),
      // Only the new type counts in the first sentence (「基本型からサテライト型に変えたい」).
      extract: async (utterance, _ctx, slots) => {
        const target = other(slots.currentType!);
        return typesIn(utterance).includes(target) ? { ok: true, value: target } : undefined;
      },
      format: (type) => typeName(type),
    }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(FacilityTypeChangeDialog.id, text.typeChangeLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext, slots: Partial<TypeChangeSlots>): Promise<{ stop?: string } | void> {
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    slots.currentType = facility.facilityType;
    const pending = await pendingApplicationOf(this.core, ctx.user, facility);
    if (pending) return { stop: text.pendingStops(pending.what, pending.since, text.typeChangeLabel) };
    const stock = await this.core.getStock(ctx.user, ctx.facility.id);
    if (stock.totalVials > 0) {
      const lots = stock.lots.filter((l) => l.vials > 0).map((l) => `ロット${l.lotNumber}：${l.vials}バイアル`).join('、');
      return { stop: text.typeChangeStock(stock.totalVials, lots) };
    }
  }

  protected async validate(_ctx: OperationContext, slots: TypeChangeSlots): Promise<SlotProblem<TypeChangeSlots>[]> {
    if (slots.facilityType === slots.currentType) return [{ slot: 'facilityType', message: text.typeChangeSame(typeName(slots.facilityType)) }];
    return [];
  }

  protected override async confirmationNote(): Promise<string> {
    return text.typeAppliedNote;
  }

  /** The type change became an application: none other can be filed while it is pending. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'explain', message: text.applicationAlreadyFiled(this.menuLabel) };
  }

  protected async submit(ctx: OperationContext, slots: TypeChangeSlots, idempotencyKey: string): Promise<CardContent> {
    const application = await this.core.requestFacilityTypeChange(ctx.user, ctx.facility.id, slots.facilityType, idempotencyKey);
    return {
      title: text.appliedTitle,
      facts: [
        { label: text.applicationLabel, value: describeApplication(application) },
        { label: text.filedAtLabel, value: formatJapanTime(application.filedAt) },
      ],
      note: text.typeAppliedNote,
    };
  }
}
