/**
 * 医療機関情報の登録・更新, one item per run: 施設分類 (buttons), 住所, 電話, コロナワクチンナビ情報 (予約電話番号, URL,
 * 駐車場台数), ディープフリーザー台数, 保管管理者, 土日祝日の連絡担当者 change at once; 代表者名,
 * 集合契約加入日/脱退日, 代行入力フラグ, 取り扱いワクチン, 一般受入可否 become an application the
 * municipality approves, and while one is pending the bot refuses another, saying which and since
 * when. A 市町村 user may do it for a facility of its municipality (代理入力).
 *
 * 「駐車場台数を12台に変更したい」 fills both slots from the first sentence.
 */
import type { FacilityInfo } from '../../ports/coreSystem';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { describeApplication, formatJapanTime, pendingApplicationOf } from './applicationText';
import {
  FACILITY_FIELDS,
  fieldChoices,
  fieldLabel,
  findField,
  findFieldValueText,
  isApprovalField,
  readFieldValue,
  sameValue,
  showCurrentValue,
  type FacilityFieldKey,
  type FieldEntry,
  type FieldReadContext,
} from './facilityFields';
import { fieldMessages } from './fieldMessages';
import { facilityMessages as text } from './messages';
import { prefectureOf } from './prefectures';
import { typedSlots } from './typedSlot';

type FacilityInfoSlots = {
  field: FacilityFieldKey;
  value: FieldEntry;
};

const slot = typedSlots<FacilityInfoSlots>();

const NAVI_FIELDS: FacilityFieldKey[] = ['reservationPhone', 'reservationUrl', 'parkingSpaces'];

export class FacilityInfoDialog extends OperationDialog<FacilityInfoSlots> {
  static readonly id = 'facility-info';

  protected readonly slots: ReadonlyArray<SlotSpec<FacilityInfoSlots>> = [
    slot({
      name: 'field',
      label: text.fieldLabel,
      prompt: () => text.chooseField,
      help: text.chooseFieldHelp,
      choices: () => FACILITY_FIELDS.map(fieldLabel),
      parse: async (reply) => {
        const field = findField(reply);
        return field ? { ok: true, value: field } : { ok: false, message: text.fieldNotFound };
      },
      extract: async (utterance) => {
        const field = findField(utterance);
        return field ? { ok: true, value: field } : undefined;
      },
      format: (field) => fieldLabel(field),
    }),
    slot({
      name: 'value',
      label: text.valueLabel,
      prompt: async (ctx, slots) => {
        const field = slots.field as FacilityFieldKey;
        const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
        const current = showCurrentValue(field, facility, field === 'vaccines' ? await this.core.listVaccines(ctx.user) : []);
        return `${text.currentValue(current)}\n${fieldMessages[field].question}`;
      },
      help: text.valueHelp,
      parse: async (reply, ctx, slots) => readFieldValue(slots.field as FacilityFieldKey, reply, await this.readContext(ctx)),
      extract: async (utterance, ctx, slots) => {
        if (!slots.field) return undefined;
        const found = findFieldValueText(slots.field, utterance);
        if (!found) return undefined;
        return { ...(await readFieldValue(slots.field, found, await this.readContext(ctx))), text: found };
      },
      choices: (_ctx, slots) => (slots.field ? fieldChoices(slots.field) : []),
      format: (entry) => entry.shown,
    }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(FacilityInfoDialog.id, text.facilityInfoLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext): Promise<void> {
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    // First login: nothing for コロナワクチンナビ yet, or an address the delivery cannot use.
    if (!facility.facilityCategory || !facility.reservationPhone || !prefectureOf(facility.address)) await ctx.turn.sendActivity(text.infoIntroFirst);
    const pending = await pendingApplicationOf(this.core, ctx.user, facility);
    if (pending) await ctx.turn.sendActivity(text.pendingApplication(pending.what, pending.since));
  }

  protected async validate(ctx: OperationContext, slots: FacilityInfoSlots): Promise<SlotProblem<FacilityInfoSlots>[]> {
    if (slots.value.field !== slots.field) return [{ slot: 'value', message: text.valueForOtherField }];
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    if (isApprovalField(slots.field)) {
      const pending = await pendingApplicationOf(this.core, ctx.user, facility);
      if (pending) return [{ slot: 'field', message: text.pendingBlocksApproval(pending.what, pending.since) }];
    }
    if (sameValue(facility[slots.field] as FieldEntry['value'], slots.value.value)) return [{ slot: 'value', message: text.sameAsCurrent(fieldLabel(slots.field)) }];
    return [];
  }

  protected override async confirmationNote(ctx: OperationContext, slots: FacilityInfoSlots): Promise<string | undefined> {
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    const vaccines = slots.field === 'vaccines' ? await this.core.listVaccines(ctx.user) : [];
    const notes = [text.currentValue(showCurrentValue(slots.field, facility, vaccines))];
    if (isApprovalField(slots.field)) notes.push(text.approvalNote);
    if (NAVI_FIELDS.includes(slots.field)) notes.push(text.infoNaviNote);
    return notes.join('\n');
  }

  /**
   * An immediate field is replaced by registering again; an approval field became an application,
   * and none can be filed while it is pending; a change of another field is its own operation.
   */
  protected override registeredCorrection(_ctx: OperationContext, registered: Partial<FacilityInfoSlots> | undefined, wanted: FacilityInfoSlots): RegisteredCorrection {
    if (registered?.field !== wanted.field) return { kind: 'explain', message: text.infoOtherFieldRegistered(this.menuLabel) };
    if (isApprovalField(wanted.field)) return { kind: 'explain', message: text.applicationAlreadyFiled(this.menuLabel) };
    return { kind: 'register-again', note: text.infoRegisterAgain };
  }

  protected async submit(ctx: OperationContext, slots: FacilityInfoSlots, idempotencyKey: string): Promise<CardContent> {
    const label = fieldLabel(slots.field);
    const result = await this.core.updateFacility(ctx.user, ctx.facility.id, { [slots.field]: slots.value.value }, idempotencyKey);
    if (result.application) {
      return {
        title: text.appliedTitle,
        facts: [
          { label: text.applicationLabel, value: describeApplication(result.application) },
          { label: text.valueLabel, value: slots.value.shown },
          { label: text.filedAtLabel, value: formatJapanTime(result.application.filedAt) },
        ],
        note: text.appliedNote,
      };
    }
    return {
      title: text.infoUpdatedTitle,
      facts: [
        { label: text.fieldLabel, value: label },
        { label: text.valueLabel, value: slots.value.shown },
      ],
      note: text.infoUpdatedNote(label),
    };
  }

  private async readContext(ctx: OperationContext): Promise<FieldReadContext> {
    const current: FacilityInfo = await this.core.getFacility(ctx.user, ctx.facility.id);
    return { today: ctx.today, current, vaccines: () => this.core.listVaccines(ctx.user) };
  }
}
