/**
 * 予約者一覧 (R305) in chat: the reservations the municipality took for the facility under 予約受付
 * 支援, by date and hour. Read-only: no confirmation, no idempotency key.
 */
import { formatJapaneseDate } from '../shared/japaneseDate';
import { OperationDialog, type OperationContext, type OperationDependencies, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { facilityMessages as text } from './messages';

/** A chat card stays readable; the rest is in the report itself. */
const MAX_ROWS = 20;

type NoSlots = Record<string, never>;

export class ReservationListDialog extends OperationDialog<NoSlots> {
  static readonly id = 'reservation-list';
  protected readonly slots: ReadonlyArray<SlotSpec<NoSlots>> = [];
  protected override readonly confirmBeforeSubmit = false;

  constructor(dependencies: OperationDependencies) {
    super(ReservationListDialog.id, text.reservationListLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext): Promise<{ stop?: string } | void> {
    const reservations = await this.core.listReservations(ctx.user, ctx.facility.id);
    if (reservations.length > 0) return undefined;
    const facility = await this.core.getFacility(ctx.user, ctx.facility.id);
    return { stop: facility.proxyInputRequired ? text.reservationListEmpty(ctx.facility.name) : text.reservationListNoFlag };
  }

  protected async validate(): Promise<SlotProblem<NoSlots>[]> {
    return [];
  }

  protected async submit(ctx: OperationContext): Promise<CardContent> {
    const reservations = await this.core.listReservations(ctx.user, ctx.facility.id);
    const shown = reservations.slice(0, MAX_ROWS);
    return {
      title: text.reservationListTitle(ctx.facility.name, reservations.length),
      facts: shown.map((r) => ({ label: `${formatJapaneseDate(r.date)} ${r.time}`, value: `${r.name}（${r.phone}）` })),
      note: reservations.length > MAX_ROWS ? text.reservationListMore(reservations.length - MAX_ROWS) : undefined,
    };
  }
}
