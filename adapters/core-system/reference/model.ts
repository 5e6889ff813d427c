/** Documents the reference core stores through the Repositories port (one collection each). */
import type { FacilityType, Role } from '../../../dialogs/ports/identity';
import type {
  Application,
  Claim,
  Disposal,
  Dose,
  FacilityInfo,
  GroupCounts,
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
  /**
   * `${facilityId}:${vaccineCode}:${date}` for the 1回目 (`…:dose2` appended for the 2回目) - one
   * cumulative figure per dose and day; re-entering corrects it.
   */
  id: string;
  facilityId: string;
  vaccineCode: string;
  date: string;
  /** Absent in records stored before doses existed: the 1回目. */
  dose?: Dose;
  cumulativeCount: number;
  /** The cumulative figure by priority group; absent in older records: all その他. */
  groups?: GroupCounts;
  registeredAt: string;
}

/**
 * 住所地外接種の申請 (R300): a resident registered elsewhere (住所地) asks to be vaccinated at a
 * facility here; the application goes to the municipality of that facility (接種地), which
 * accepts it (届出済証) or sees it withdrawn. The core keeps what R300 lists, no personal data.
 */
export interface OutOfResidenceApplicationDoc {
  /** 申請番号 */
  id: string;
  /** 接種予定の医療機関・接種会場 (its municipality is the 接種地 that handles the application). */
  facilityId: string;
  /** 住所地: prefecture and municipality of the resident's registration, e.g. 大阪府大阪市. */
  residence: string;
  /** 申請理由, e.g. 出産のための里帰り, 単身赴任, 基礎疾患の主治医の下での接種. */
  reason: string;
  status: 'applied' | 'accepted' | 'withdrawn';
  /** 申請日 */
  appliedOn: string;
  /** 受付日 / 取下げ日 */
  decidedOn?: string;
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
