/**
 * R300 住所地外接種の申請状況一覧: the out-of-residence vaccination applications for a facility's
 * vaccinations, one row each, as the municipality of the facility (接種地) follows them up.
 */
import type { CoreContext } from '../context';
import type { FacilityDoc, OutOfResidenceApplicationDoc } from '../model';

export const OUT_OF_RESIDENCE_STATUS: Record<OutOfResidenceApplicationDoc['status'], string> = {
  applied: '申請中',
  accepted: '受付済',
  withdrawn: '取下げ',
};

export const outOfResidenceColumns = [
  { key: 'facilityName', label: '接種予定の医療機関・接種会場名' },
  { key: 'applicationId', label: '申請番号' },
  { key: 'appliedOn', label: '申請日' },
  { key: 'residence', label: '住所地' },
  { key: 'reason', label: '申請理由' },
  { key: 'status', label: '申請状況' },
  { key: 'decidedOn', label: '受付・取下げ日' },
];

export async function outOfResidenceRows(ctx: CoreContext, facility: FacilityDoc): Promise<Record<string, string | null>[]> {
  const docs = await ctx.store.outOfResidence.find({ facilityId: facility.id }, { sort: { appliedOn: 1, id: 1 } });
  return docs.map((doc) => ({
    facilityName: facility.name,
    applicationId: doc.id,
    appliedOn: doc.appliedOn,
    residence: doc.residence,
    reason: doc.reason,
    status: OUT_OF_RESIDENCE_STATUS[doc.status],
    decidedOn: doc.decidedOn ?? null,
  }));
}
