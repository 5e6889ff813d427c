/** The reference core's collections, all through the Repositories port (embedded or MongoDB). */
import { randomUUID } from 'node:crypto';
import type { Collection, Repositories } from '../../../dialogs/ports/repositories';
import type {
  AllocationDoc,
  ApplicationDoc,
  ClaimDoc,
  CoolDoc,
  DemandDoc,
  DisposalDoc,
  FacilityDoc,
  IdempotencyDoc,
  LotDoc,
  NoticeDoc,
  OrganisationDoc,
  OutOfResidenceApplicationDoc,
  ReceiptDoc,
  ReservationDoc,
  StockDoc,
  TransferDoc,
  VaccinationDoc,
  VaccineDoc,
} from './model';

export class CoreStore {
  readonly organisations: Collection<OrganisationDoc>;
  readonly facilities: Collection<FacilityDoc>;
  readonly vaccines: Collection<VaccineDoc>;
  readonly cools: Collection<CoolDoc>;
  readonly demands: Collection<DemandDoc>;
  readonly allocations: Collection<AllocationDoc>;
  readonly lots: Collection<LotDoc>;
  readonly stock: Collection<StockDoc>;
  readonly transfers: Collection<TransferDoc>;
  readonly receipts: Collection<ReceiptDoc>;
  readonly vaccinations: Collection<VaccinationDoc>;
  readonly disposals: Collection<DisposalDoc>;
  readonly applications: Collection<ApplicationDoc>;
  readonly reservations: Collection<ReservationDoc>;
  readonly claims: Collection<ClaimDoc>;
  readonly notices: Collection<NoticeDoc>;
  /** 住所地外接種の申請 (R300). */
  readonly outOfResidence: Collection<OutOfResidenceApplicationDoc>;
  readonly idempotency: Collection<IdempotencyDoc>;

  constructor(readonly repositories: Repositories) {
    const c = <T extends { id: string }>(name: string) => repositories.collection<T>(`core_${name}`);
    this.organisations = c('organisations');
    this.facilities = c('facilities');
    this.vaccines = c('vaccines');
    this.cools = c('cools');
    this.demands = c('demands');
    this.allocations = c('allocations');
    this.lots = c('lots');
    this.stock = c('stock');
    this.transfers = c('transfers');
    this.receipts = c('receipts');
    this.vaccinations = c('vaccinations');
    this.disposals = c('disposals');
    this.applications = c('applications');
    this.reservations = c('reservations');
    this.claims = c('claims');
    this.notices = c('notices');
    this.outOfResidence = c('out_of_residence');
    this.idempotency = c('idempotency');
  }

  async ensureIndexes(): Promise<void> {
    const r = this.repositories;
    await Promise.all([
      r.ensureIndex('core_facilities', 'municipalityId'),
      r.ensureIndex('core_stock', 'facilityId'),
      r.ensureIndex('core_vaccinations', 'facilityId'),
      r.ensureIndex('core_applications', 'facilityId'),
      r.ensureIndex('core_reservations', 'facilityId'),
      r.ensureIndex('core_transfers', 'toFacilityId'),
      r.ensureIndex('core_out_of_residence', 'facilityId'),
    ]);
  }

  newId(prefix: string): string {
    return `${prefix}-${randomUUID()}`;
  }
}
