/**
 * 分配量・納入予定日の確認 (read only): the 分配量 of the latest cool the prefecture has locked, and
 * the 納入予定日 once the maker/wholesaler has entered it. Before the data lock the bot says when it
 * becomes visible instead of showing an error.
 */
import { CoreSystemError } from '../../ports/coreSystem';
import type { FacilityType } from '../../ports/identity';
import { OperationDialog, type OperationContext, type OperationDependencies, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { sharedMessages } from '../shared/messages';
import { currentCoolSlot, type CoolRef } from './commonSlots';
import { coolMessages as text } from './messages';

type AllocationSlots = { cool: CoolRef & { locked: boolean } };

export class AllocationDialog extends OperationDialog<AllocationSlots> {
  static readonly id = 'allocation';
  protected override readonly facilityTypes: FacilityType[] = ['basic'];
  protected override readonly confirmBeforeSubmit = false;

  protected readonly slots: ReadonlyArray<SlotSpec<AllocationSlots>> = [
    currentCoolSlot<AllocationSlots>((cool) => cool.name),
  ];

  constructor(dependencies: OperationDependencies) {
    super(AllocationDialog.id, text.allocationLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext, slots: Partial<AllocationSlots>): Promise<{ stop?: string } | void> {
    const facility = await ctx.core.getFacility(ctx.user, ctx.facility.id);
    const cools = (await ctx.core.listCools(ctx.user))
      .filter((c) => facility.vaccines.includes(c.vaccineCode) && c.registrationStart <= ctx.today)
      .sort((a, b) => b.registrationStart.localeCompare(a.registrationStart));
    // The latest locked cool has something to show; otherwise the latest one, to say it is not locked yet.
    const cool = cools.find((c) => c.dataLocked) ?? cools[0];
    if (!cool) return { stop: text.allocationNoCool };
    slots.cool = { id: cool.id, name: cool.name, registrationEnd: cool.registrationEnd, locked: cool.dataLocked };
  }

  protected async validate(): Promise<SlotProblem<AllocationSlots>[]> {
    return [];
  }

  protected async submit(ctx: OperationContext, slots: AllocationSlots): Promise<CardContent> {
    const facts = ctx.facility.proxy ? [{ label: sharedMessages.labelFacility, value: ctx.facility.name }] : [];
    try {
      const allocation = await ctx.core.getAllocation(ctx.user, ctx.facility.id, slots.cool.id);
      return {
        title: text.allocationTitle(slots.cool.name),
        facts: [
          ...facts,
          { label: text.allocationLabelVials, value: text.allocationVials(allocation.vials) },
          { label: text.allocationDelivery, value: allocation.deliveryDate ? formatJapaneseDate(allocation.deliveryDate) : text.allocationNoDelivery },
        ],
      };
    } catch (error) {
      if (error instanceof CoreSystemError && error.code === 'allocation-not-locked') {
        return { title: text.allocationTitle(slots.cool.name), facts, note: text.allocationNotLocked(slots.cool.name) };
      }
      throw error;
    }
  }
}
