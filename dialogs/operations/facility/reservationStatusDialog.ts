/**
 * 接種予約受付状況の更新 (随時): 受付中 / 残りわずか / 受付終了 / 受付停止中 and an optional note,
 * reflected to コロナワクチンナビ where residents look for a place to be vaccinated.
 */
import type { ReservationStatus } from '../../ports/coreSystem';
import { compactText } from '../../japaneseText';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { facilityMessages as text } from './messages';
import { typedSlots } from './typedSlot';

type ReservationStatusSlots = {
  status: ReservationStatus;
  note: string;
};

const slot = typedSlots<ReservationStatusSlots>();
const NOTE_LIMIT = 100;

/** Checked in this order: 「受付停止中」 must not read as 受付中. */
const STATUS_WORDS: Array<[ReservationStatus, string[]]> = [
  ['not-accepting', ['受付停止', '停止', '休止', '中止', '受け付けていない', '受付していない', '受付なし']],
  ['full', ['満枠', '満員', '受付終了', '埋まった', 'いっぱい', '満了']],
  ['few-left', ['残りわずか', '残り僅か', 'わずか', '残り少ない', '残少']],
  ['accepting', ['受付中', '受け付け中', '受付再開', '再開', '受付開始', '受け付ける']],
];

function statusIn(reply: string): ReservationStatus | undefined {
  const said = compactText(reply);
  return STATUS_WORDS.find(([, words]) => words.some((w) => said.includes(compactText(w))))?.[0];
}

const statusName = (status: ReservationStatus) => text.reservationStatus[status];
const isNone = (reply: string) => (text.noneWords as readonly string[]).map(compactText).includes(compactText(reply));

export class ReservationStatusDialog extends OperationDialog<ReservationStatusSlots> {
  static readonly id = 'reservation-status';

  protected readonly slots: ReadonlyArray<SlotSpec<ReservationStatusSlots>> = [
    slot({
      name: 'status',
      label: text.reservationStatusLabelShort,
      prompt: async (ctx) => text.askReservationStatus(statusName((await this.core.getFacility(ctx.user, ctx.facility.id)).reservationStatus)),
      help: text.reservationStatusHelp,
      choices: () => STATUS_WORDS.map(([status]) => statusName(status)).reverse(),
      parse: async (reply) => {
        const status = statusIn(reply);
        return status ? { ok: true, value: status } : { ok: false, message: text.reservationStatusNotFound };
      },
      extract: async (utterance) => {
        // 「受付状況を更新したい」 names no state; only a state word after the subject counts.
        const status = statusIn(utterance.replace(/予約受付状況|受付状況/gu, ''));
        return status ? { ok: true, value: status } : undefined;
      },
      format: (status) => statusName(status),
    }),
    slot({
      name: 'note',
      label: text.reservationNoteLabel,
      prompt: () => text.askReservationNote,
      help: text.reservationNoteHelp,
      choices: () => [text.none],
      parse: async (reply) => {
        if (isNone(reply)) return { ok: true, value: '' };
        const note = reply.normalize('NFKC').replace(/\s+/gu, ' ').trim();
        return note.length <= NOTE_LIMIT ? { ok: true, value: note } : { ok: false, message: text.reservationNoteTooLong };
      },
      format: (note) => note || text.none,
    }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(ReservationStatusDialog.id, text.reservationStatusLabel, dependencies);
  }

  protected async validate(): Promise<SlotProblem<ReservationStatusSlots>[]> {
    return [];
  }

  /** The status is one value per facility: registering again replaces it. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'register-again', note: text.reservationStatusRegisterAgain };
  }

  protected async submit(ctx: OperationContext, slots: ReservationStatusSlots, idempotencyKey: string): Promise<CardContent> {
    const facility = await this.core.updateReservationStatus(ctx.user, ctx.facility.id, { status: slots.status, note: slots.note }, idempotencyKey);
    return {
      title: text.reservationStatusUpdatedTitle,
      facts: [
        { label: text.reservationStatusLabelShort, value: statusName(facility.reservationStatus) },
        { label: text.reservationNoteLabel, value: facility.reservationNote || text.none },
      ],
      note: text.reservationStatusUpdatedNote,
    };
  }
}
