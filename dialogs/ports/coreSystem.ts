/**
 * The core system (V-SYS) as the assistant sees it: every operation a dialog performs or reads,
 * always on behalf of the acting user. State-changing calls take an idempotency key, so a retried
 * or resubmitted operation happens exactly once. Failures are thrown as CoreSystemError, whose
 * Japanese `detail` can be shown to the user as is.
 *
 * Dates are ISO calendar dates in Japan time (`YYYY-MM-DD`), months `YYYY-MM`, instants ISO 8601.
 */
import type { FacilityType, UserIdentity } from './identity';

export type IsoDate = string;
export type IsoMonth = string;

// ---- errors -------------------------------------------------------------------------------

export type CoreSystemErrorKind = 'forbidden' | 'validation' | 'conflict' | 'not-found' | 'unauthorized' | 'unavailable' | 'timeout';

export class CoreSystemError extends Error {
  constructor(
    readonly kind: CoreSystemErrorKind,
    /** Stable problem type, e.g. `urn:vsys-assistant:problem:outside-registration-period`. */
    readonly type: string,
    /** Japanese, polite, shown to the user as is. */
    readonly detail: string,
    /** HTTP status when the server answered; undefined for timeouts and network failures. */
    readonly status?: number,
    /** Field-level problems for 'validation' (JSON pointer-ish path -> English message). */
    readonly fields: Record<string, string> = {},
  ) {
    super(`${kind}: ${type}: ${detail}`);
    this.name = 'CoreSystemError';
  }

  /** Short stable code: the last segment of `type` (e.g. 'outside-registration-period'). */
  get code(): string {
    return this.type.slice(this.type.lastIndexOf(':') + 1);
  }
}

// ---- organisations ------------------------------------------------------------------------

export interface Vaccine {
  /** e.g. 'pfizer', 'moderna' */
  code: string;
  name: string;
  dosesPerVial: number;
}

export interface Municipality {
  id: string;
  name: string;
  prefectureId: string;
}

export interface FacilitySummary {
  id: string;
  name: string;
  municipalityId: string;
  facilityType: FacilityType;
  /** Vials held now, all lots together. */
  stockVials: number;
  /** Vaccines handled (取り扱いワクチン). */
  vaccines: string[];
}

// ---- cools, 希望量, 分配量, 納入予定日 ------------------------------------------------------

export interface Cool {
  id: string;
  name: string;
  vaccineCode: string;
  /** 希望量 registration period, inclusive. */
  registrationStart: IsoDate;
  registrationEnd: IsoDate;
  /** Registration open today. */
  open: boolean;
  /** Data lock of the acting user's prefecture (always false for users without one). */
  dataLocked: boolean;
}

/** 希望量: requested vials for one cool. */
export interface DemandRegistration {
  facilityId: string;
  coolId: string;
  vials: number;
  registeredAt: string;
  registeredBy: string;
}

/** 分配量 and 納入予定日 of a facility for one cool (only after the prefecture's data lock). */
export interface Allocation {
  facilityId: string;
  coolId: string;
  /** 0 when no 希望量 was registered (then nothing is allocated). */
  vials: number;
  /** 納入予定日 once the maker/wholesaler has entered it. */
  deliveryDate?: IsoDate;
}

// ---- stock, 移送/融通, 接種実績, 廃棄 --------------------------------------------------------

export interface LotStock {
  lotNumber: string;
  vaccineCode: string;
  vials: number;
  expiryDate: IsoDate;
}

export interface FacilityStock {
  facilityId: string;
  totalVials: number;
  lots: LotStock[];
}

/** 移送・融通 as registered by the sending facility. */
export interface TransferInput {
  fromFacilityId: string;
  toFacilityId: string;
  date: IsoDate;
  lotNumber: string;
  vials: number;
}

export interface Transfer extends TransferInput {
  id: string;
  vaccineCode: string;
  /** Vials the receiver has registered as received so far. */
  receivedVials: number;
  registeredAt: string;
}

/** 融通受入 as registered by the receiving facility. */
export interface ReceiptInput {
  facilityId: string;
  fromFacilityId: string;
  date: IsoDate;
  lotNumber: string;
  vials: number;
}

export interface Receipt extends ReceiptInput {
  id: string;
  vaccineCode: string;
  transferId: string;
  registeredAt: string;
}

/**
 * 接種順位の区分 of 接種実績 and of R208/R308: その他, 医療従事者, 基礎疾患保有者, 高齢者,
 * 高齢者施設従事者 (in the order V-SYS shows them).
 */
export const PRIORITY_GROUPS = ['other', 'healthcareWorkers', 'underlyingConditions', 'elderly', 'elderlyCareWorkers'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];
export type GroupCounts = Record<PriorityGroup, number>;

/** 接種回数: 1回目 or 2回目. */
export type Dose = 1 | 2;
export const DOSES: readonly Dose[] = [1, 2];

/**
 * 接種実績: cumulative number of people vaccinated with one dose up to and including `date`.
 * `groups` breaks the same cumulative figure down by priority group (adding up to
 * `cumulativeCount`); without it the whole figure counts as その他 (not broken down), and without
 * `dose` it is the 1回目 - so a plain total, as before doses and groups existed, still works.
 */
export interface VaccinationInput {
  facilityId: string;
  vaccineCode: string;
  date: IsoDate;
  dose?: Dose;
  cumulativeCount: number;
  groups?: Partial<GroupCounts>;
}

export interface VaccinationRecord {
  id: string;
  facilityId: string;
  vaccineCode: string;
  date: IsoDate;
  dose: Dose;
  cumulativeCount: number;
  /** Every group, 0 where none. */
  groups: GroupCounts;
  /** Difference to the previous registered cumulative figure of the same dose (negative after a correction). */
  dailyCount: number;
  registeredAt: string;
}

/** 廃棄, in vials. */
export interface DisposalInput {
  facilityId: string;
  lotNumber: string;
  vials: number;
  date: IsoDate;
  reason?: string;
}

export interface Disposal extends DisposalInput {
  id: string;
  vaccineCode: string;
  registeredAt: string;
}

// ---- facility information, doctors, applications --------------------------------------------

export interface WeekendContact {
  name: string;
  phone: string;
}

/**
 * 施設分類 (first-login basic information). The reference core's set: 病院, 診療所, 集団接種会場,
 * 職域接種会場, 高齢者施設等 (巡回接種), その他.
 */
export const FACILITY_CATEGORIES = ['hospital', 'clinic', 'mass-vaccination-site', 'workplace-site', 'elderly-care-facility', 'other'] as const;
export type FacilityCategory = (typeof FACILITY_CATEGORIES)[number];

/** Fields that change immediately. */
export interface FacilityImmediateFields {
  /** 施設分類; null until the facility registers it (first login). */
  facilityCategory: FacilityCategory | null;
  address: string;
  phone: string;
  reservationPhone: string;
  reservationUrl: string;
  parkingSpaces: number;
  deepFreezers: number;
  storageManager: string;
  /** 保管等に関する土日祝日の連絡担当者 */
  weekendContacts: WeekendContact[];
}

/** Fields that wait for the municipality's approval (an application). */
export interface FacilityApprovalFields {
  representativeName: string;
  collectiveContractJoinDate: IsoDate | null;
  collectiveContractLeaveDate: IsoDate | null;
  /** 代行入力フラグ: 要 = true (the municipality takes reservations for the facility). */
  proxyInputRequired: boolean;
  vaccines: string[];
  /** 一般受入可否 */
  acceptsGeneralPublic: boolean;
}

export type ReservationStatus = 'accepting' | 'few-left' | 'full' | 'not-accepting';

export interface Doctor {
  id: string;
  name: string;
  email: string;
}

export interface InsuranceCode {
  /** medical: 保険医療機関コード, care: 介護保険事業所番号 (10 digits each) */
  kind: 'medical' | 'care';
  oldCode: string;
  newCode?: string;
  /** Vaccinations on or after this date are claimed with newCode. */
  changeDate?: IsoDate;
  status: 'current' | 'pending' | 'approved';
}

export interface FacilityInfo extends FacilityImmediateFields, FacilityApprovalFields {
  id: string;
  name: string;
  municipalityId: string;
  /** The prefecture of its municipality: a facility lists its neighbours there (移送・融通 partners). */
  prefectureId: string;
  facilityType: FacilityType;
  reservationStatus: ReservationStatus;
  reservationNote: string;
  doctors: Doctor[];
  insuranceCodes: InsuranceCode[];
  /** The application waiting for approval, if any (then no further change can be filed). */
  pendingApplicationId?: string;
}

export type ApplicationKind = 'facility-change' | 'facility-type-change' | 'insurance-code';
export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

export interface Application {
  id: string;
  kind: ApplicationKind;
  facilityId: string;
  facilityName: string;
  municipalityId: string;
  status: ApplicationStatus;
  /** facility-change: the requested values; facility-type-change: { facilityType }; insurance-code: { kind, newCode, changeDate } */
  changes: Record<string, unknown>;
  filedAt: string;
  filedBy: string;
  decidedAt?: string;
  decidedBy?: string;
  rejectionReason?: string;
}

export interface FacilityUpdateResult {
  facility: FacilityInfo;
  /** Present when approval-needed fields were filed for approval. */
  application?: Application;
}

// ---- reservation support (市町村による予約受付支援) -----------------------------------------

export interface ReservationSupport {
  facilityId: string;
  /** 1時間あたりの受付上限 */
  hourlyCapacity: number;
  /** Opening hours for reservations, e.g. '09:00'-'17:00'. */
  startTime: string;
  endTime: string;
  note: string;
}

export interface ReservationInput {
  facilityId: string;
  name: string;
  phone: string;
  date: IsoDate;
  /** Start of the hour slot, 'HH:00'. */
  time: string;
}

export interface Reservation extends ReservationInput {
  id: string;
  registeredAt: string;
}

// ---- claims (請求総括書・市区町村別請求書) --------------------------------------------------

export interface ClaimLine {
  vaccineCode: string;
  /** Municipality billed (市区町村別請求書). */
  municipalityId: string;
  /** 保険医療機関コード chosen by vaccination date vs the code change date. */
  insuranceCode: string;
  vaccinations: number;
  amountYen: number;
}

export interface ClaimDraft {
  facilityId: string;
  /** Month the vaccinations were given. */
  serviceMonth: IsoMonth;
  /** The 10th of the following month. */
  dueDate: IsoDate;
  /** Filed after dueDate: the claim goes into the next month's filing. */
  late: boolean;
  /** Month whose filing this claim is part of. */
  filingMonth: IsoMonth;
  lines: ClaimLine[];
  totalYen: number;
}

export interface Claim extends ClaimDraft {
  id: string;
  filedAt: string;
  filedBy: string;
}

// ---- reports, notices -----------------------------------------------------------------------

export const REPORT_IDS = ['R300', 'R201', 'R203', 'R204', 'R206', 'R208', 'R210', 'R301', 'R303', 'R304', 'R305', 'R306', 'R308', 'R310'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export interface Report {
  id: ReportId;
  title: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

export interface Notice {
  id: string;
  title: string;
  body: string;
  publishedOn: IsoDate;
}

export interface NoticePage {
  items: Notice[];
  total: number;
  page: number;
  pageSize: number;
}

// ---- the port -------------------------------------------------------------------------------

/** Every method acts for `user`; the core refuses (CoreSystemError 'forbidden') what the user may not do. */
export interface CoreSystem {
  // organisations
  listVaccines(user: UserIdentity): Promise<Vaccine[]>;
  listMunicipalities(user: UserIdentity, prefectureId: string): Promise<Municipality[]>;
  listFacilities(user: UserIdentity, municipalityId: string): Promise<FacilitySummary[]>;

  // cools, 希望量, 分配量, data lock, 納入予定日
  listCools(user: UserIdentity): Promise<Cool[]>;
  /** The cool whose registration period contains today (optionally for one vaccine), if any. */
  currentCool(user: UserIdentity, vaccineCode?: string): Promise<Cool | undefined>;
  registerDemand(user: UserIdentity, input: { facilityId: string; coolId: string; vials: number }, idempotencyKey: string): Promise<DemandRegistration>;
  getDemand(user: UserIdentity, facilityId: string, coolId: string): Promise<DemandRegistration | undefined>;
  /** Fails with 'conflict' (allocation-not-locked) before the prefecture's data lock. */
  getAllocation(user: UserIdentity, facilityId: string, coolId: string): Promise<Allocation>;
  lockCool(user: UserIdentity, coolId: string, idempotencyKey: string): Promise<Cool>;
  setDeliveryDate(user: UserIdentity, input: { facilityId: string; coolId: string; deliveryDate: IsoDate }, idempotencyKey: string): Promise<Allocation>;

  // stock and movements
  getStock(user: UserIdentity, facilityId: string): Promise<FacilityStock>;
  registerTransfer(user: UserIdentity, input: TransferInput, idempotencyKey: string): Promise<Transfer>;
  registerReceipt(user: UserIdentity, input: ReceiptInput, idempotencyKey: string): Promise<Receipt>;
  registerVaccinations(user: UserIdentity, input: VaccinationInput, idempotencyKey: string): Promise<VaccinationRecord>;
  /** The last 接種実績 of one dose (default 1回目). */
  lastVaccinationRecord(user: UserIdentity, facilityId: string, vaccineCode: string, dose?: Dose): Promise<VaccinationRecord | undefined>;
  registerDisposal(user: UserIdentity, input: DisposalInput, idempotencyKey: string): Promise<Disposal>;

  // facility information
  getFacility(user: UserIdentity, facilityId: string): Promise<FacilityInfo>;
  /** Immediate fields apply now; approval fields become one pending application (refused while one is pending). */
  updateFacility(user: UserIdentity, facilityId: string, changes: Partial<FacilityImmediateFields & FacilityApprovalFields>, idempotencyKey: string): Promise<FacilityUpdateResult>;
  registerDoctor(user: UserIdentity, facilityId: string, doctor: { name: string; email: string }, idempotencyKey: string): Promise<Doctor>;
  updateDoctor(user: UserIdentity, facilityId: string, doctorId: string, changes: Partial<{ name: string; email: string }>, idempotencyKey: string): Promise<Doctor>;
  /** 基本型⇔サテライト型: only with zero stock; becomes an application. */
  requestFacilityTypeChange(user: UserIdentity, facilityId: string, facilityType: FacilityType, idempotencyKey: string): Promise<Application>;
  updateReservationStatus(user: UserIdentity, facilityId: string, input: { status: ReservationStatus; note?: string }, idempotencyKey: string): Promise<FacilityInfo>;

  // applications (municipality approves)
  listApplications(user: UserIdentity, filter?: { status?: ApplicationStatus; facilityId?: string }): Promise<Application[]>;
  approveApplication(user: UserIdentity, applicationId: string, idempotencyKey: string): Promise<Application>;
  rejectApplication(user: UserIdentity, applicationId: string, reason: string, idempotencyKey: string): Promise<Application>;

  // insurance codes
  registerInsuranceCode(user: UserIdentity, facilityId: string, input: { kind: 'medical' | 'care'; newCode: string; changeDate: IsoDate }, idempotencyKey: string): Promise<Application>;

  // reservation support (only when 代行入力フラグ is 要)
  getReservationSupport(user: UserIdentity, facilityId: string): Promise<ReservationSupport | undefined>;
  setReservationSupport(user: UserIdentity, input: ReservationSupport, idempotencyKey: string): Promise<ReservationSupport>;
  registerReservation(user: UserIdentity, input: ReservationInput, idempotencyKey: string): Promise<Reservation>;
  /** 予約者一覧 */
  listReservations(user: UserIdentity, facilityId: string): Promise<Reservation[]>;

  // claims
  prepareClaim(user: UserIdentity, facilityId: string, serviceMonth: IsoMonth): Promise<ClaimDraft>;
  fileClaim(user: UserIdentity, facilityId: string, serviceMonth: IsoMonth, idempotencyKey: string): Promise<Claim>;
  listClaims(user: UserIdentity, facilityId: string): Promise<Claim[]>;

  // reports, notices
  getReport(user: UserIdentity, reportId: ReportId, options?: { coolId?: string }): Promise<Report>;
  getReportCsv(user: UserIdentity, reportId: ReportId, options?: { coolId?: string }): Promise<string>;
  /** Latest 10 notices (home screen). */
  latestNotices(user: UserIdentity): Promise<Notice[]>;
  /** Back numbers: every valid notice, newest first, paged (page starts at 1). */
  listNotices(user: UserIdentity, page?: number, pageSize?: number): Promise<NoticePage>;

  /** Throws when the core system cannot be reached (readiness). */
  ping(): Promise<void>;
}
