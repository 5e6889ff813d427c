/**
 * Declares one slot of an operation with its own value type: `SlotSpec<TSlots>` alone types every
 * hook with the union of all slot values, so `format(entry)` could not read `entry.shown`.
 * `typedSlots<MySlots>()` returns a helper that checks each spec against its own key.
 */
import type { SlotSpec, SlotValues } from '../shared/operationDialog';

export function typedSlots<TSlots extends SlotValues>() {
  return <K extends keyof TSlots & string>(spec: SlotSpec<TSlots, K>): SlotSpec<TSlots> => spec as unknown as SlotSpec<TSlots>;
}
