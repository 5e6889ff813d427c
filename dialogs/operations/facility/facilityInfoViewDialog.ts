/**
 * 医療機関情報の確認: every item as the core holds it now, the application waiting for approval
 * (which, since when) and the latest decided one (承認/却下 with the municipality's reason), so a
 * facility sees the result of what it filed. Read-only.
 */
import type { Application } from '../../ports/coreSystem';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { OperationDialog, type OperationContext, type OperationDependencies, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent, Fact } from '../shared/operationCard';
import { describeApplication, formatJapanTime } from './applicationText';
import { FACILITY_FIELDS, fieldLabel, showCurrentValue } from './facilityFields';
import { facilityMessages as text } from './messages';

type NoSlots = Record<string, never>;

export class FacilityInfoViewDialog extends OperationDialog<NoSlots> {
  static readonly id = 'facility-info-view';
  protected readonly slots: ReadonlyArray<SlotSpec<NoSlots>> = [];
  protected override readonly confirmBeforeSubmit = false;

  constructor(dependencies: OperationDependencies) {
    super(FacilityInfoViewDialog.id, text.facilityInfoViewLabel, dependencies);
  }

  protected async validate(): Promise<SlotProblem<NoSlots>[]> {
    return [];
  }

  protected async submit(ctx: OperationContext): Promise<CardContent> {
    const [facility, vaccines, applications] = await Promise.all([
      this.core.getFacility(ctx.user, ctx.facility.id),
      this.core.listVaccines(ctx.user),
      this.core.listApplications(ctx.user, { facilityId: ctx.facility.id }),
    ]);
    const facts: Fact[] = [
      { label: text.typeLabel, value: text.facilityType[facility.facilityType] },
      ...FACILITY_FIELDS.map((field) => ({ label: fieldLabel(field), value: showCurrentValue(field, facility, vaccines) })),
      { label: text.reservationStatusField, value: text.reservationStatus[facility.reservationStatus] },
      { label: text.doctorsLabel, value: facility.doctors.map((d) => `${d.name}（${d.email}）`).join('、') || text.notSet },
      ...facility.insuranceCodes.map((code) => ({
        label: text.insuranceKind[code.kind],
        value: text.insuranceValue(code.oldCode, code.newCode, code.changeDate && formatJapaneseDate(code.changeDate), text.applicationStatus[code.status === 'current' ? 'pending' : code.status]),
      })),
    ];
    return { title: text.viewTitle(facility.name), facts, note: applicationNote(applications) };
  }
}

/** The pending application and the latest decision, newest first. */
function applicationNote(applications: Application[]): string | undefined {
  const lines: string[] = [];
  const pending = applications.find((a) => a.status === 'pending');
  if (pending) lines.push(text.pendingLine(describeApplication(pending), formatJapanTime(pending.filedAt)));
  const decided = applications.filter((a) => a.status !== 'pending' && a.decidedAt).sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))[0];
  if (decided) {
    lines.push(text.latestDecision(describeApplication(decided), text.decisionVerb[decided.status as 'approved' | 'rejected'], formatJapanTime(decided.decidedAt ?? decided.filedAt), decided.rejectionReason));
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
