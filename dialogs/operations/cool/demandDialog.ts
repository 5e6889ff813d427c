/**
 * 希望量の登録 for the cool whose registration period is open (基本型; a 市町村 user may enter it for
 * a facility of its municipality). Without a 希望量 nothing is allocated, so the bot says when the
 * period ends and what is already registered; re-registering inside the period replaces it.
 * サテライト型 facilities get their vaccine through 移送・融通 from a 基本型 facility (seed:
 * the cool schedule lists 希望量登録 under 基本型 only), so the operation is not offered to them.
 */
import type { Cool } from '../../ports/coreSystem';
import type { FacilityType } from '../../ports/identity';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { sharedMessages } from '../shared/messages';
import { currentCoolSlot, vialsSlot, type CoolRef } from './commonSlots';
import { coolMessages as text } from './messages';


export type DemandSlots = {
  cool: CoolRef;
  vials: number;
};

/** The open cool of a vaccine the facility handles, else the next one to open (for the message). */
export async function openCoolFor(ctx: OperationContext): Promise<{ open?: Cool; next?: Cool }> {
  const facility = await ctx.core.getFacility(ctx.user, ctx.facility.id);
  const cools = (await ctx.core.listCools(ctx.user)).filter((c) => facility.vaccines.includes(c.vaccineCode));
  const open = cools.find((c) => c.registrationStart <= ctx.today && ctx.today <= c.registrationEnd && !c.dataLocked);
  const next = cools.filter((c) => c.registrationStart > ctx.today).sort((a, b) => a.registrationStart.localeCompare(b.registrationStart))[0];
  return { open, next };
}

export class DemandDialog extends OperationDialog<DemandSlots> {
  static readonly id = 'request-quantity';
  protected override readonly facilityTypes: FacilityType[] = ['basic'];

  protected readonly slots: ReadonlyArray<SlotSpec<DemandSlots>> = [
    currentCoolSlot<DemandSlots>((cool) => text.coolValue(cool.name, cool.registrationEnd)),
    vialsSlot<DemandSlots>('vials', { label: text.labelVials, prompt: text.askDemandVials, help: text.demandVialsHelp }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(DemandDialog.id, text.demandLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext, slots: Partial<DemandSlots>): Promise<{ stop?: string } | void> {
    if (ctx.facility.facilityType === 'satellite') return { stop: sharedMessages.roleNotOffered(text.demandLabel) };
    const { open, next } = await openCoolFor(ctx);
    if (!open) return { stop: text.noOpenCool(next && { name: next.name, start: next.registrationStart, end: next.registrationEnd }) };
    slots.cool = { id: open.id, name: open.name, registrationEnd: open.registrationEnd };
    const existing = await ctx.core.getDemand(ctx.user, ctx.facility.id, open.id);
    const intro = text.demandIntro(open.name, open.registrationEnd);
    await ctx.turn.sendActivity(existing ? `${intro}\n${text.demandExisting(existing.vials)}` : intro);
  }

  protected async validate(): Promise<SlotProblem<DemandSlots>[]> {
    return [];
  }

  /** The core keeps one 希望量 per facility and cool: registering again replaces it. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'register-again', note: text.demandRegisterAgain };
  }

  protected async submit(ctx: OperationContext, slots: DemandSlots, idempotencyKey: string): Promise<CardContent> {
    const demand = await ctx.core.registerDemand(ctx.user, { facilityId: ctx.facility.id, coolId: slots.cool.id, vials: slots.vials }, idempotencyKey);
    return {
      title: sharedMessages.resultTitle(text.demandLabel),
      facts: [
        ...(ctx.facility.proxy ? [{ label: sharedMessages.labelFacility, value: `${ctx.facility.name}（代理入力）` }] : []),
        { label: text.labelCool, value: text.coolValue(slots.cool.name, slots.cool.registrationEnd) },
        { label: text.labelVials, value: text.vialsValue(demand.vials) },
      ],
      note: text.demandDone,
    };
  }
}
