/** Documents the reference core stores through the Repositories port (one collection each). */
import type { FacilityType, Role } from '../../../dialogs/ports/identity';
import type {
  Application,
  Claim,
  Disposal,
  FacilityInfo,
  Notice,
  Receipt,
  Reservation,
  ReservationSupport,
  Transfer,
  Vaccine,
} from '../../../dialogs/ports/coreSystem';

/** 都道府県, 市町村, メーカー・卸 and the support desk (facilities have their own collection). */
export interface OrganisationDoc {
  id: string;
  kind: Exclude<Role, 'facility'>;
  name: string;
  /** Municipality -> its prefecture. */
  parentId?: string;
}

export interface FacilityDoc extends FacilityInfo {
  prefectureId: string;
  reservationSupport?: ReservationSupport;
}

export type VaccineDoc = Vaccine & { id: string };

export interface CoolDoc {
  id: string;
  name: string;
  vaccineCode: string;
  registrationStart: string;
  registrationEnd: string;
  /** Prefectures that have locked their data for this cool. */
  lockedPrefectureIds: string[];
}

export interface DemandDoc {
  /** `${facilityId}:${coolId}` - one 希望量 per facility and cool, re-registering replaces it. */
  id: string;
  facilityId: string;
  coolId: string;
  prefectureId: string;
  vials: number;
  registeredAt: string;
  registeredBy: string;
}

export interface AllocationDoc {
  /** `${facilityId}:${coolId}`, created by the prefecture's data lock. */
  id: string;
  facilityId: string;
  coolId: string;
  prefectureId: string;
  vials: number;
  deliveryDate?: string;
}

export interface StockDoc {
  /** `${facilityId}:${lotNumber}` */
  id: string;
  facilityId: string;
  lotNumber: string;
  vaccineCode: string;
  expiryDate: string;
  vials: number;
  /** Everything that ever arrived (delivery or 融通受入): vaccinations need received vaccine. */
  receivedVials: number;
}

export interface LotDoc {
  /** The lot number. */
  id: string;
  vaccineCode: string;
  expiryDate: string;
}

export interface VaccinationDoc {
  /** `${facilityId}:${vaccineCode}:${date}` - one cumulative figure per day; re-entering corrects it. */
  id: string;
  facilityId: string;
  vaccineCode: string;
  date: string;
  cumulativeCount: number;
  registeredAt: string;
}

export type TransferDoc = Transfer;
export type ReceiptDoc = Receipt;
export type DisposalDoc = Disposal;
export type ApplicationDoc = Application;
export type ReservationDoc = Reservation;
export type ClaimDoc = Claim;
export type NoticeDoc = Notice;

export interface IdempotencyDoc {
  /** Hash of (user id, key). */
  id: string;
  operation: string;
  requestHash: string;
  status: number;
  body: unknown;
  createdAt: string;
}

export type { FacilityType };
