/**
 * Operations the user set aside with 「あとで」: the dialog ends (so the next message is routed
 * normally and questions are answered), and its whole state - values, acting facility and the
 * operation instance id its idempotency key is derived from - is kept here, in conversation state
 * (saved with the dialog stack in the same document, so both change together, and kept across a
 * restart). 「再開」, 「続き」 or the menu button 「入力途中の〇〇を再開」 begins the operation again
 * with that state: it re-checks the values and shows the confirmation; 登録する then sends with
 * the same key, so a registration that did reach the core is not filed twice.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { OperationDialogResult } from './interruptibleDialog';

export interface ParkedOperation {
  operationId: string;
  menuLabel: string;
  /** The operation dialog's options/state, begun again as is. */
  options: Record<string, unknown>;
  parkedAt: string;
}

/** What an operation returns when the user chose 「あとで」 (outcome 'cancelled': nothing registered yet). */
export interface ParkingResult extends OperationDialogResult {
  parked?: ParkedOperation;
}

/** One parked operation per kind; the most recent first. */
const MAX_PARKED = 5;

export class ParkedOperations {
  constructor(private readonly accessor: StatePropertyAccessor<ParkedOperation[]>) {}

  async list(context: TurnContext): Promise<ParkedOperation[]> {
    return [...(await this.accessor.get(context, []))];
  }

  async park(context: TurnContext, operation: ParkedOperation): Promise<void> {
    const others = (await this.list(context)).filter((parked) => parked.operationId !== operation.operationId);
    await this.accessor.set(context, [operation, ...others].slice(0, MAX_PARKED));
  }

  async remove(context: TurnContext, operationId: string): Promise<void> {
    await this.accessor.set(context, (await this.list(context)).filter((parked) => parked.operationId !== operationId));
  }
}
