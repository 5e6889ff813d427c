/**
 * 医師情報の登録・更新: a new doctor (name, email) or a change to a registered one. At least one
 * doctor must be registered, and the makers send drug information to the registered address, so
 * the email is checked before the confirmation and the bot says what it is used for.
 */
import type { Doctor } from '../../ports/coreSystem';
import { compactText } from '../../japaneseText';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import type { SlotParse } from '../shared/slotPrompt';
import { findEmail, parseEmail } from './contactFormats';
import { facilityMessages as text } from './messages';
import { typedSlots } from './typedSlot';

/** The doctor to change, or `{ name: '新規' }` without id for a new one. */
interface DoctorTarget {
  id?: string;
  name: string;
  email?: string;
}

type DoctorSlots = {
  target: DoctorTarget;
  name: string;
  email: string;
};

const slot = typedSlots<DoctorSlots>();
const NEW_WORDS = ['新しい', '新規', '追加', '登録', 'new'].map(compactText);
const KEEP_WORDS = text.keepWords.map(compactText);

const isKeep = (reply: string) => KEEP_WORDS.includes(compactText(reply));

function readName(reply: string, target: DoctorTarget | undefined): SlotParse<string> {
  if (target?.id && isKeep(reply)) return { ok: true, value: target.name };
  const name = reply.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return name.length >= 2 && name.length <= 40 ? { ok: true, value: name } : { ok: false, message: text.nameTooShort };
}

function readEmail(reply: string, target: DoctorTarget | undefined): SlotParse<string> {
  if (target?.id && target.email && isKeep(reply)) return { ok: true, value: target.email };
  const parsed = parseEmail(reply);
  return parsed.ok ? parsed : { ok: false, message: text.emailProblem(parsed.problem) };
}

export class DoctorDialog extends OperationDialog<DoctorSlots> {
  static readonly id = 'doctor';

  protected readonly slots: ReadonlyArray<SlotSpec<DoctorSlots>> = [
    slot({
      name: 'target',
      label: text.doctorTargetLabel,
      prompt: () => text.chooseDoctor,
      help: text.chooseDoctorHelp,
      choices: async (ctx) => [text.newDoctor, ...(await this.doctors(ctx)).map((d) => d.name)],
      parse: async (reply, ctx) => {
        const target = this.findTarget(reply, await this.doctors(ctx));
        return target ? { ok: true, value: target } : { ok: false, message: text.doctorNotFound };
      },
      extract: async (utterance, ctx) => {
        const target = this.findTarget(utterance, await this.doctors(ctx));
        return target ? { ok: true, value: target } : undefined;
      },
      format: (target) => (target.id ? target.name : text.newDoctor),
    }),
    slot({
      name: 'name',
      label: text.doctorNameLabel,
      prompt: (_ctx, slots) => (slots.target?.id ? text.askDoctorNameUpdate(slots.target.name) : text.askDoctorName),
      help: text.doctorNameHelp,
      parse: async (reply, _ctx, slots) => readName(reply, slots.target),
      format: (name) => name,
    }),
    slot({
      name: 'email',
      label: text.doctorEmailLabel,
      prompt: (_ctx, slots) => (slots.target?.id && slots.target.email ? text.askDoctorEmailUpdate(slots.target.email) : text.askDoctorEmail),
      help: text.doctorEmailHelp,
      parse: async (reply, _ctx, slots) => readEmail(reply, slots.target),
      extract: async (utterance, _ctx, slots) => {
        const found = findEmail(utterance);
        return found ? { ...readEmail(found, slots.target), text: found } : undefined;
      },
      format: (email) => email,
    }),
  ];

  constructor(dependencies: OperationDependencies) {
    super(DoctorDialog.id, text.doctorLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext, slots: Partial<DoctorSlots>): Promise<void> {
    const doctors = await this.doctors(ctx);
    await ctx.turn.sendActivity(text.doctorIntro(doctors.length));
    // No doctor yet: the only possible task is registering the first one.
    if (doctors.length === 0) slots.target = { name: text.newDoctor };
  }

  protected async validate(_ctx: OperationContext, slots: DoctorSlots): Promise<SlotProblem<DoctorSlots>[]> {
    const target = slots.target;
    if (target.id && target.name === slots.name && target.email === slots.email) return [{ slot: 'name', message: text.doctorNothingChanged }];
    return [];
  }

  /** A change to a registered doctor is made again; a new doctor must not be registered twice. */
  protected override registeredCorrection(_ctx: OperationContext, registered: Partial<DoctorSlots> | undefined, wanted: DoctorSlots): RegisteredCorrection {
    if (registered?.target?.id && registered.target.id === wanted.target.id) return { kind: 'register-again', note: text.doctorRegisterAgain };
    return { kind: 'explain', message: text.doctorAlreadyRegistered(this.menuLabel) };
  }

  protected async submit(ctx: OperationContext, slots: DoctorSlots, idempotencyKey: string): Promise<CardContent> {
    const target = slots.target;
    let doctor: Doctor;
    if (target.id) {
      const changes = { ...(slots.name !== target.name ? { name: slots.name } : {}), ...(slots.email !== target.email ? { email: slots.email } : {}) };
      doctor = await this.core.updateDoctor(ctx.user, ctx.facility.id, target.id, changes, idempotencyKey);
    } else {
      doctor = await this.core.registerDoctor(ctx.user, ctx.facility.id, { name: slots.name, email: slots.email }, idempotencyKey);
    }
    return {
      title: target.id ? text.doctorUpdatedTitle : text.doctorRegisteredTitle,
      facts: [
        { label: text.doctorNameLabel, value: doctor.name },
        { label: text.doctorEmailLabel, value: doctor.email },
      ],
      note: text.doctorResultNote,
    };
  }

  private async doctors(ctx: OperationContext): Promise<Doctor[]> {
    return (await this.core.getFacility(ctx.user, ctx.facility.id)).doctors;
  }

  /** A registered doctor named in the text (longest name wins), else 新しい/追加/登録 = a new one. */
  private findTarget(reply: string, doctors: Doctor[]): DoctorTarget | undefined {
    const said = compactText(reply);
    const named = doctors.filter((d) => said.includes(compactText(d.name))).sort((a, b) => b.name.length - a.name.length)[0];
    if (named) return { id: named.id, name: named.name, email: named.email };
    if (NEW_WORDS.some((word) => said.includes(word)) && !/変更|更新|修正/u.test(reply)) return { name: text.newDoctor };
    return undefined;
  }
}
