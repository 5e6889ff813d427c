/**
 * 市町村による予約受付支援: once the municipality has approved the facility's 代行入力フラグ「要」,
 * the facility says how many people an hour may be booked and in which hours; the municipality
 * then takes reservations within that, and the facility sees them in 予約者一覧 (R305). Before the
 * approval the bot explains the way there (consult the municipality, file 代行入力フラグ「要」) or,
 * when that application is waiting, since when.
 */
import { compactText } from '../../japaneseText';
import { parseCount } from '../shared/japaneseNumber';
import { sharedMessages } from '../shared/messages';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapanTime } from './applicationText';
import { facilityMessages as text } from './messages';
import { parseHour } from './reservationTime';
import { typedSlots } from './typedSlot';

type ReservationSupportSlots = {
  hourlyCapacity: number;
  startTime: string;
  endTime: string;
  note: string;
};

const slot = typedSlots<ReservationSupportSlots>();
const isNone = (reply: string) => (text.noneWords as readonly string[]).map(compactText).includes(compactText(reply));

function timeSlot(name: 'startTime' | 'endTime', label: string, question: string) {
  return slot({
    name,
    label,
    prompt: () => question,
    help: text.timeHelp,
    parse: async (reply, _ctx, slots) => {
      const time = parseHour(reply);
      if (!time) return { ok: false, message: text.timeMalformed };
      // Said at once, not after the note: the end must come after the start.
      if (name === 'endTime' && slots.startTime && time <= slots.startTime) return { ok: false, message: text.endBeforeStart(slots.startTime) };
      return { ok: true, value: time };
    },
    format: (time) => time,
  });
}

export class ReservationSupportDialog extends OperationDialog<ReservationSupportSlots> {
  static readonly id = 'reservation-support';

  protected readonly slots: ReadonlyArray<SlotSpec<ReservationSupportSlots>> = [
    slot({
      name: 'hourlyCapacity',
      label: text.capacityLabel,
      prompt: () => text.askCapacity,
      help: text.capacityHelp,
      parse: async (reply) => {
        const parsed = parseCount(reply);
        return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: sharedMessages.countProblem(text.capacityLabel, parsed.problem) };
      },
      format: (count) => `${count}人`,
    }),
    timeSlot('startTime', text.startTimeLabel, text.askStartTime),
    timeSlot('endTime', text.endTimeLabel, text.askEndTime),
    slot({
      name: 'note',
      label: text.supportNoteLabel,
      prompt: () => text.askSupportNote,
      help: text.supportNoteHelp,
      choices: () => [text.none],
      parse: async (reply) => ({ ok: true, value: isNone(reply) ? '' : reply.normalize('NFKC').trim().slice(0, 200) }),
      format: (note) => note || text.none,
    }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(ReservationSupportDialog.id, text.reservationSupportLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext): Promise<{ stop?: string } | void> {
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    if (!facility.proxyInputRequired) {
      const pending = await this.core.listApplications(ctx.user, { status: 'pending', facilityId: facility.id });
      const flag = pending.find((a) => a.kind === 'facility-change' && a.changes.proxyInputRequired === true);
      return { stop: flag ? text.supportFlagPending(formatJapanTime(flag.filedAt)) : text.supportNeedsFlag };
    }
    const current = await this.core.getReservationSupport(ctx.user, facility.id);
    if (current) await ctx.turn.sendActivity(text.supportCurrent(current.hourlyCapacity, current.startTime, current.endTime));
  }

  protected async validate(_ctx: OperationContext, slots: ReservationSupportSlots): Promise<SlotProblem<ReservationSupportSlots>[]> {
    if (slots.endTime <= slots.startTime) return [{ slot: 'endTime', message: text.endBeforeStart(slots.startTime) }];
    return [];
  }

  /** The setting is one per facility: registering again replaces it. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'register-again', note: text.supportRegisterAgain };
  }

  protected async submit(ctx: OperationContext, slots: ReservationSupportSlots, idempotencyKey: string): Promise<CardContent> {
    const saved = await this.core.setReservationSupport(ctx.user, { facilityId: ctx.facility.id, ...slots }, idempotencyKey);
    return {
      title: text.supportSavedTitle,
      facts: [
        { label: text.capacityLabel, value: `${saved.hourlyCapacity}人` },
        { label: text.startTimeLabel, value: saved.startTime },
        { label: text.endTimeLabel, value: saved.endTime },
        { label: text.supportNoteLabel, value: saved.note || text.none },
      ],
      note: text.supportSavedNote,
    };
  }
}
