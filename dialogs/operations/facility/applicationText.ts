/**
 * How an application (変更申請) is named to people - which change, filed when - and the pending
 * application of a facility, which blocks every further approval-needed change until the
 * municipality decides it.
 */
import type { Application, CoreSystem, FacilityInfo, InsuranceCode, Vaccine } from '../../ports/coreSystem';
import { formatJapaneseDate } from '../shared/japaneseDate';
import type { Fact } from '../shared/operationCard';
import type { FacilityType, UserIdentity } from '../../ports/identity';
import { fieldLabel, FACILITY_FIELDS, showCurrentValue, showFieldValue, type FacilityFieldKey } from './facilityFields';
import { facilityMessages as text } from './messages';

/** 2024-06-15T03:04:00Z -> 2024年6月15日 12:04 (Japan time, whatever the host's zone). */
export function formatJapanTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const jst = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${jst.getUTCFullYear()}年${jst.getUTCMonth() + 1}月${jst.getUTCDate()}日 ${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`;
}

/** 「代表者名の変更」「サテライト型への変更」「保険医療機関コードの変更」. */
export function describeApplication(application: Application): string {
  switch (application.kind) {
    case 'facility-change': {
      const items = Object.keys(application.changes)
        .filter((key): key is FacilityFieldKey => (FACILITY_FIELDS as string[]).includes(key))
        .map(fieldLabel);
      return text.applicationKind['facility-change'](items.join('・') || '医療機関情報');
    }
    case 'facility-type-change':
      return text.applicationKind['facility-type-change'](text.facilityType[application.changes.facilityType as FacilityType] ?? String(application.changes.facilityType));
    case 'insurance-code':
      return text.applicationKind['insurance-code'](text.insuranceKind[application.changes.kind as InsuranceCode['kind']] ?? String(application.changes.kind));
  }
}

export interface PendingApplication {
  what: string;
  since: string;
  application: Application;
}

/** The facility's pending application, named, or undefined when none is waiting. */
export async function pendingApplicationOf(core: CoreSystem, user: UserIdentity, facility: FacilityInfo): Promise<PendingApplication | undefined> {
  if (!facility.pendingApplicationId) return undefined;
  const pending = await core.listApplications(user, { status: 'pending', facilityId: facility.id });
  const application = pending.find((a) => a.id === facility.pendingApplicationId) ?? pending[0];
  if (!application) return undefined;
  return { what: describeApplication(application), since: formatJapanTime(application.filedAt), application };
}

/** What the municipality reads before deciding: each requested change as 「current → requested」. */
export function applicationFacts(application: Application, facility: FacilityInfo, vaccines: Vaccine[]): Fact[] {
  const facts: Fact[] = [
    { label: text.applicationLabel, value: describeApplication(application) },
    { label: text.filedAtLabel, value: formatJapanTime(application.filedAt) },
  ];
  const changes = application.changes;
  if (application.kind === 'facility-change') {
    for (const key of Object.keys(changes).filter((k): k is FacilityFieldKey => (FACILITY_FIELDS as string[]).includes(k))) {
      facts.push({ label: fieldLabel(key), value: `${showCurrentValue(key, facility, vaccines)} → ${showFieldValue(key, changes[key], vaccines)}` });
    }
  } else if (application.kind === 'facility-type-change') {
    facts.push({ label: text.typeToLabel, value: `${text.facilityType[facility.facilityType]} → ${text.facilityType[changes.facilityType as FacilityType]}` });
  } else {
    const kind = changes.kind as InsuranceCode['kind'];
    const code = facility.insuranceCodes.find((c) => c.kind === kind);
    facts.push({ label: text.insuranceKind[kind], value: `${code?.oldCode ?? text.notSet} → ${String(changes.newCode)}` });
    facts.push({ label: text.changeDateLabel, value: formatJapaneseDate(String(changes.changeDate)) });
  }
  return facts;
}
