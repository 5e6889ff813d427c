/**
 * 納入予定日 entry by メーカー・卸, one delivery at a time: the cool (only data-locked cools have
 * deliveries), the receiving facility among that cool's deliveries (R210, which the core lets makers
 * read), the date (today or later) - each taken from the first sentence when it is there - then a
 * confirmation card with 修正 of the date or the facility, and the registration with an
 * idempotency key kept until the content changes.
 */
import { randomUUID } from 'node:crypto';
import { MessageFactory } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { OperationDialogResult } from '../../interruptibleDialog';
import { compactText } from '../../japaneseText';
import type { OperationDefinition } from '../../operationRegistry';
import type { Cool, CoreSystem, IsoDate } from '../../ports/coreSystem';
import type { UserIdentity } from '../../ports/identity';
import { getUserIdentity } from '../../turnServices';
import { findCool } from '../prefecture/dataLockDialog';
import { CoreCallDialog, type CoreCallState } from '../shared/coreCallDialog';
import { matchFacilities } from '../shared/facilityMatch';
import { findJapaneseDate, formatJapaneseDate, todayInJapan } from '../shared/japaneseDate';
import { cardMessage } from '../shared/operationCard';
import { SlotPrompt, type SlotParse } from '../shared/slotPrompt';
import { deliveryDateMessages as text } from './messages';

export const DELIVERY_DATE_OPERATION_ID = 'delivery-date';
const WATERFALL = 'delivery-date-steps';
const COOL_PROMPT = 'delivery-date-cool';
const FACILITY_PROMPT = 'delivery-date-facility';
const DATE_PROMPT = 'delivery-date-date';
const CONFIRM_PROMPT = 'delivery-date-confirm';

/** One allocation to deliver (a row of R210). */
export interface Delivery {
  id: string;
  name: string;
  municipalityName: string;
  vials: number;
  deliveryDate: IsoDate | null;
}

interface DeliveryDateState extends CoreCallState {
  /** Sentence not yet read for values (the facility and the date are read from it once). */
  unread?: string;
  cool?: Cool;
  deliveries?: Delivery[];
  delivery?: Delivery;
  date?: IsoDate;
  idempotencyKey?: string;
}

type ConfirmAnswer = 'submit' | 'date' | 'facility';

export interface DeliveryDateDependencies {
  core: CoreSystem;
  now?: () => Date;
}

export class DeliveryDateDialog extends CoreCallDialog<DeliveryDateState> {
  private readonly now: () => Date;

  constructor(private readonly deps: DeliveryDateDependencies) {
    super(DELIVERY_DATE_OPERATION_ID, text.menuLabel, WATERFALL);
    this.now = deps.now ?? (() => new Date());
    this.addDialog(new SlotPrompt(COOL_PROMPT, async (_c, reply, offered) => optional(findCool(reply, offered as Cool[]))));
    this.addDialog(new SlotPrompt(FACILITY_PROMPT, async (_c, reply, deliveries) => readDelivery(reply, deliveries as Delivery[])));
    this.addDialog(new SlotPrompt(DATE_PROMPT, async (_c, reply) => this.readDate(reply)));
    this.addDialog(new SlotPrompt(CONFIRM_PROMPT, async (_c, reply) => readConfirm(reply)));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.coolStep.bind(this),
        this.facilityStep.bind(this),
        this.dateStep.bind(this),
        this.confirmStep.bind(this),
        this.submitStep.bind(this),
        this.retryAnswerStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async coolStep(step: WaterfallStepContext<DeliveryDateState>): Promise<DialogTurnResult> {
    const state = step.options;
    const acting = await this.requireRole(step, 'maker', { signInRequired: text.signInRequired, wrongRole: text.makerOnly });
    if ('ended' in acting) return acting.ended;
    const user = acting.user;
    if (state.cool) return step.next(state.cool);
    state.unread ??= state.utterance ?? '';
    try {
      const cools = await this.deps.core.listCools(user);
      const named = findCool(state.unread, cools);
      if (named) return step.next(named);
      const withDeliveries: Cool[] = [];
      for (const cool of cools) if ((await this.deliveriesOf(user, cool)).length > 0) withDeliveries.push(cool);
      if (withDeliveries.length === 0) return this.finish(step, 'completed', text.noDeliveries);
      if (withDeliveries.length === 1) return step.next(withDeliveries[0]);
      this.setStepHelp(step, text.whichCoolHelp);
      const buttons = withDeliveries.map((cool) => cool.name);
      return step.prompt(COOL_PROMPT, { prompt: MessageFactory.suggestedActions(buttons, text.whichCool), retryPrompt: MessageFactory.suggestedActions(buttons, text.whichCoolRetry), validations: withDeliveries });
    } catch (error) {
      return this.readFailed(step, error, text.failed);
    }
  }

  private async facilityStep(step: WaterfallStepContext<DeliveryDateState>): Promise<DialogTurnResult> {
    const state = step.options;
    const user = getUserIdentity(step.context)!;
    if (!state.cool) {
      state.cool = step.result as Cool;
      try {
        state.deliveries = await this.deliveriesOf(user, state.cool);
      } catch (error) {
        return this.readFailed(step, error, text.failed);
      }
      if (state.deliveries.length === 0) return this.finish(step, 'completed', text.noDeliveriesInCool(state.cool.name));
    }
    if (state.delivery) return step.next(state.delivery);
    const deliveries = state.deliveries!;
    const said = matchFacilities(state.unread ?? '', deliveries);
    if (said.candidates.length === 1) {
      if (said.text) state.unread = state.unread!.replace(said.text, ' ');
      return step.next(said.candidates[0]);
    }
    const lines = deliveries.map((d) => text.deliveryLine(d.name, d.municipalityName, d.vials, d.deliveryDate ? formatJapaneseDate(d.deliveryDate) : text.notRegistered));
    await step.context.sendActivity([text.deliveriesHeading(state.cool.name), ...lines].join('\n'));
    this.setStepHelp(step, text.whichFacilityHelp);
    const buttons = deliveries.slice(0, 10).map((d) => d.name);
    return step.prompt(FACILITY_PROMPT, { prompt: MessageFactory.suggestedActions(buttons, text.whichFacility), retryPrompt: MessageFactory.suggestedActions(buttons, text.whichFacilityRetry), validations: deliveries });
  }

  private async dateStep(step: WaterfallStepContext<DeliveryDateState>): Promise<DialogTurnResult> {
    const state = step.options;
    state.delivery = step.result as Delivery;
    if (state.date) return step.next(state.date);
    const fromSentence = state.unread ? this.readDate(state.unread) : undefined;
    state.unread = '';
    if (fromSentence?.ok) return step.next(fromSentence.value);
    if (fromSentence && !fromSentence.ok && fromSentence.message === text.dateInPast) await step.context.sendActivity(text.dateInPast);
    this.setStepHelp(step, text.dateHelp);
    const question = MessageFactory.text(text.whichDate(state.delivery.name));
    return step.prompt(DATE_PROMPT, { prompt: question, retryPrompt: question });
  }

  private async confirmStep(step: WaterfallStepContext<DeliveryDateState>): Promise<DialogTurnResult> {
    const state = step.options;
    state.date = step.result as IsoDate;
    state.idempotencyKey ??= randomUUID();
    // 再試行 after a failed registration: same content, same key, no second confirmation.
    if (state.confirmed) return step.next('submit' satisfies ConfirmAnswer);
    const delivery = state.delivery!;
    const facts = [
      { label: text.factCool, value: state.cool!.name },
      { label: text.factFacility, value: `${delivery.name}（${delivery.municipalityName}）` },
      { label: text.factVials, value: text.vials(delivery.vials) },
      ...(delivery.deliveryDate ? [{ label: text.factPrevious, value: formatJapaneseDate(delivery.deliveryDate) }] : []),
      { label: text.factDate, value: formatJapaneseDate(state.date) },
    ];
    const buttons = [text.submitButton, text.fixDateButton, text.fixFacilityButton];
    this.setStepHelp(step, text.confirmHelp);
    return step.prompt(CONFIRM_PROMPT, { prompt: cardMessage(text.confirmQuestion, { title: text.confirmTitle, facts }, buttons), retryPrompt: MessageFactory.suggestedActions(buttons, text.confirmRetry) });
  }

  private async submitStep(step: WaterfallStepContext<DeliveryDateState>): Promise<DialogTurnResult> {
    const state = step.options;
    const answer = step.result as ConfirmAnswer;
    if (answer !== 'submit') {
      // A correction: only that value is asked again; a new key for the new content.
      const next: DeliveryDateState = { ...state, date: undefined, idempotencyKey: undefined, ...(answer === 'facility' ? { delivery: undefined } : {}) };
      return step.replaceDialog(WATERFALL, next);
    }
    const user = getUserIdentity(step.context)!;
    try {
      const saved = await this.deps.core.setDeliveryDate(user, { facilityId: state.delivery!.id, coolId: state.cool!.id, deliveryDate: state.date! }, state.idempotencyKey!);
      const facts = [
        { label: text.factCool, value: state.cool!.name },
        { label: text.factFacility, value: state.delivery!.name },
        { label: text.factVials, value: text.vials(saved.vials) },
        { label: text.factDate, value: formatJapaneseDate(saved.deliveryDate ?? state.date!) },
      ];
      await step.context.sendActivity(cardMessage(text.resultTitle, { title: text.resultTitle, facts, note: text.resultNote }));
      return step.endDialog({ outcome: 'completed', summary: text.menuLabel } satisfies OperationDialogResult);
    } catch (error) {
      return this.submitFailed(step, error, text.failed);
    }
  }

  private async deliveriesOf(user: UserIdentity, cool: Cool): Promise<Delivery[]> {
    const report = await this.deps.core.getReport(user, 'R210', { coolId: cool.id });
    return report.rows
      .filter((row) => typeof row.facilityId === 'string')
      .map((row) => ({
        id: String(row.facilityId),
        name: String(row.facilityName ?? ''),
        municipalityName: String(row.municipalityName ?? ''),
        vials: Number(row.vials ?? 0),
        deliveryDate: typeof row.deliveryDate === 'string' ? row.deliveryDate : null,
      }));
  }

  private readDate(reply: string): SlotParse<IsoDate> {
    const today = todayInJapan(this.now());
    const found = findJapaneseDate(reply, today);
    if (!found) return { ok: false, message: text.dateMissing };
    if (found.date < today) return { ok: false, message: text.dateInPast };
    return { ok: true, value: found.date };
  }

}

function optional<T>(value: T | undefined): SlotParse<T> {
  return value === undefined ? { ok: false, message: '' } : { ok: true, value };
}

function readDelivery(reply: string, deliveries: Delivery[]): SlotParse<Delivery> {
  const { candidates } = matchFacilities(reply, deliveries);
  if (candidates.length === 1) return { ok: true, value: candidates[0] };
  return { ok: false, message: candidates.length === 0 ? text.facilityNotFound(reply.trim()) : text.facilityAmbiguous(candidates.length) };
}

function readConfirm(reply: string): SlotParse<ConfirmAnswer> {
  const said = compactText(reply);
  if (said.includes(compactText('納入先')) || said.includes(compactText('医療機関'))) return { ok: true, value: 'facility' };
  if (said.includes(compactText('修正')) || said.includes(compactText('日付')) || said.includes(compactText('変更'))) return { ok: true, value: 'date' };
  if (['登録する', '登録', 'はい', 'ok', '確定', 'お願いします'].map(compactText).includes(said)) return { ok: true, value: 'submit' };
  return { ok: false, message: '' };
}

export function deliveryDateOperation(deps: DeliveryDateDependencies): OperationDefinition {
  return {
    id: DELIVERY_DATE_OPERATION_ID,
    dialog: new DeliveryDateDialog(deps),
    menuLabel: text.menuLabel,
    triggers: ['納入予定日を登録したい', '納入予定日の入力', '納入予定日を入力する', '配送予定日を登録', '納品日を登録したい'],
    roles: ['maker'],
  };
}
