/** Component schemas of the OpenAPI document: request bodies and the shapes the API returns. */
import { FACILITY_CATEGORIES, PRIORITY_GROUPS } from '../../../../dialogs/ports/coreSystem';
import type { Schema } from '../jsonSchema';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (maxLength = 200, extra: Schema = {}): Schema => ({ type: 'string', minLength: 1, maxLength, ...extra });
const text = (maxLength = 2000): Schema => ({ type: 'string', maxLength });
const date: Schema = { type: 'string', format: 'date' };
const instant: Schema = { type: 'string', format: 'date-time' };
const id: Schema = str(200);
/** Vials and counts: whole, non-negative and below anything a real facility handles. */
const count = (minimum = 0, maximum = 1_000_000): Schema => ({ type: 'integer', minimum, maximum });
const object = (properties: Record<string, Schema>, required: string[] = Object.keys(properties), extra: Schema = {}): Schema => ({
  type: 'object', properties, required, additionalProperties: false, ...extra,
});
const arrayOf = (items: Schema, maxItems = 10_000): Schema => ({ type: 'array', items, maxItems });

const facilityType: Schema = { type: 'string', enum: ['basic', 'satellite'] };
/** 接種回数: 1回目, 2回目. */
const dose: Schema = { type: 'integer', enum: [1, 2], description: '接種回数: 1 = 1回目, 2 = 2回目' };
/**
 * Cumulative people per priority group: other その他, healthcareWorkers 医療従事者,
 * underlyingConditions 基礎疾患保有者, elderly 高齢者, elderlyCareWorkers 高齢者施設従事者.
 */
const groupCounts = (required: readonly string[]): Schema => ({
  ...object(Object.fromEntries(PRIORITY_GROUPS.map((g) => [g, count(0, 10_000_000)])), [...required]),
  description: 'Cumulative people by priority group: other その他, healthcareWorkers 医療従事者, underlyingConditions 基礎疾患保有者, elderly 高齢者, elderlyCareWorkers 高齢者施設従事者',
});
/** 施設分類: 病院, 診療所, 集団接種会場, 職域接種会場, 高齢者施設等, その他. */
const facilityCategory: Schema = { type: 'string', enum: [...FACILITY_CATEGORIES], description: '施設分類: hospital 病院, clinic 診療所, mass-vaccination-site 集団接種会場, workplace-site 職域接種会場, elderly-care-facility 高齢者施設等, other その他' };
const reservationStatus: Schema = { type: 'string', enum: ['accepting', 'few-left', 'full', 'not-accepting'] };
const insuranceKind: Schema = { type: 'string', enum: ['medical', 'care'] };
const hour: Schema = { type: 'string', pattern: '^([01][0-9]|2[0-3]):00$' };
const clockTime: Schema = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' };
const phone: Schema = { type: 'string', pattern: '^[0-9+()\\- ]{6,20}$' };

const immediateFields: Record<string, Schema> = {
  facilityCategory,
  address: str(300),
  phone,
  reservationPhone: phone,
  reservationUrl: { type: 'string', maxLength: 500, pattern: '^(https?://\\S+)?$' },
  parkingSpaces: count(0, 100_000),
  deepFreezers: count(0, 1000),
  storageManager: text(100),
  weekendContacts: arrayOf(object({ name: str(100), phone }), 20),
};
const approvalFields: Record<string, Schema> = {
  representativeName: str(100),
  collectiveContractJoinDate: { type: ['string', 'null'], format: 'date' },
  collectiveContractLeaveDate: { type: ['string', 'null'], format: 'date' },
  proxyInputRequired: { type: 'boolean' },
  vaccines: arrayOf(str(50), 20),
  acceptsGeneralPublic: { type: 'boolean' },
};

export const schemas: Record<string, Schema> = {
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status'],
    properties: { type: str(300), title: str(300), status: count(400, 599), detail: text(), fields: { type: 'object', additionalProperties: { type: 'string' } } },
  },
  Vaccine: object({ code: id, name: str(), dosesPerVial: count(1, 100) }),
  Municipality: object({ id, name: str(), prefectureId: id }),
  FacilitySummary: object({ id, name: str(), municipalityId: id, facilityType, stockVials: count(0, 1e9), vaccines: arrayOf(id) }),
  Cool: object({ id, name: str(), vaccineCode: id, registrationStart: date, registrationEnd: date, open: { type: 'boolean' }, dataLocked: { type: 'boolean' } }),
  NullableCool: { anyOf: [{ type: 'null' }, ref('Cool')] },
  DemandInput: object({ facilityId: id, coolId: id, vials: count(0, 100_000) }),
  Demand: object({ facilityId: id, coolId: id, vials: count(), registeredAt: instant, registeredBy: id }),
  NullableDemand: { anyOf: [{ type: 'null' }, ref('Demand')] },
  Allocation: object({ facilityId: id, coolId: id, vials: count(), deliveryDate: date }, ['facilityId', 'coolId', 'vials']),
  DeliveryDateInput: object({ facilityId: id, coolId: id, deliveryDate: date }),
  LotStock: object({ lotNumber: id, vaccineCode: id, vials: count(), expiryDate: { type: 'string' } }),
  FacilityStock: object({ facilityId: id, totalVials: count(0, 1e9), lots: arrayOf(ref('LotStock')) }),
  TransferInput: object({ fromFacilityId: id, toFacilityId: id, date, lotNumber: str(50), vials: count(1, 100_000) }),
  Transfer: object({ id, fromFacilityId: id, toFacilityId: id, date, lotNumber: id, vials: count(1), vaccineCode: id, receivedVials: count(), registeredAt: instant }),
  ReceiptInput: object({ facilityId: id, fromFacilityId: id, date, lotNumber: str(50), vials: count(1, 100_000) }),
  Receipt: object({ id, facilityId: id, fromFacilityId: id, date, lotNumber: id, vials: count(1), vaccineCode: id, transferId: id, registeredAt: instant }),
  VaccinationInput: object({ facilityId: id, vaccineCode: str(50), date, dose, cumulativeCount: count(0, 10_000_000), groups: groupCounts([]) }, ['facilityId', 'vaccineCode', 'date', 'cumulativeCount'], {
    description:
      '接種実績: the cumulative number of people vaccinated with one dose up to and including date. dose is 1 (1回目, the default) or 2 (2回目). '
      + 'groups breaks the same cumulative figure down by priority group (接種順位の区分) and must add up to cumulativeCount (else 422 groups-mismatch); '
      + 'groups not named are 0. Without groups the whole figure counts as "other" (その他, not broken down), so a plain total as sent before doses '
      + 'and groups existed still works and is reported as 1回目 その他 in R208/R308.',
  }),
  VaccinationRecord: object({
    id, facilityId: id, vaccineCode: id, date, dose, cumulativeCount: count(0, 10_000_000), groups: groupCounts(PRIORITY_GROUPS),
    dailyCount: { type: 'integer', description: 'Difference to the previous cumulative figure of the same dose (negative after a correction)' }, registeredAt: instant,
  }),
  NullableVaccinationRecord: { anyOf: [{ type: 'null' }, ref('VaccinationRecord')] },
  DisposalInput: object({ facilityId: id, lotNumber: str(50), vials: count(1, 100_000), date, reason: text(500) }, ['facilityId', 'lotNumber', 'vials', 'date']),
  Disposal: object({ id, facilityId: id, lotNumber: id, vials: count(1), date, reason: text(500), vaccineCode: id, registeredAt: instant }, ['id', 'facilityId', 'lotNumber', 'vials', 'date', 'vaccineCode', 'registeredAt']),
  Doctor: object({ id, name: str(100), email: { type: 'string', format: 'email', maxLength: 254 } }),
  DoctorInput: object({ name: str(100), email: { type: 'string', format: 'email', maxLength: 254 } }),
  DoctorChanges: object({ name: str(100), email: { type: 'string', format: 'email', maxLength: 254 } }, [], { minProperties: 1 }),
  InsuranceCode: object({ kind: insuranceKind, oldCode: str(20), newCode: str(20), changeDate: date, status: { type: 'string', enum: ['current', 'pending', 'approved'] } }, ['kind', 'oldCode', 'status']),
  InsuranceCodeInput: object({ kind: insuranceKind, newCode: { type: 'string', pattern: '^[0-9]{10}$' }, changeDate: date }),
  FacilityChanges: object({ ...immediateFields, ...approvalFields }, [], { minProperties: 1 }),
  FacilityInfo: object({
    id, name: str(), municipalityId: id, prefectureId: id, facilityType, reservationStatus, reservationNote: text(500),
    doctors: arrayOf(ref('Doctor')), insuranceCodes: arrayOf(ref('InsuranceCode')), pendingApplicationId: id,
    ...immediateFields, ...approvalFields,
    // Not registered yet (first login) reads as null; a change must name a category.
    facilityCategory: { anyOf: [{ type: 'null' }, facilityCategory] },
  }, [
    'id', 'name', 'municipalityId', 'prefectureId', 'facilityType', 'reservationStatus', 'reservationNote', 'doctors', 'insuranceCodes',
    ...Object.keys(immediateFields), ...Object.keys(approvalFields),
  ]),
  Application: object({
    id, kind: { type: 'string', enum: ['facility-change', 'facility-type-change', 'insurance-code'] }, facilityId: id, facilityName: str(),
    municipalityId: id, status: { type: 'string', enum: ['pending', 'approved', 'rejected'] }, changes: { type: 'object' },
    filedAt: instant, filedBy: id, decidedAt: instant, decidedBy: id, rejectionReason: text(1000),
  }, ['id', 'kind', 'facilityId', 'facilityName', 'municipalityId', 'status', 'changes', 'filedAt', 'filedBy']),
  FacilityUpdateResult: object({ facility: ref('FacilityInfo'), application: ref('Application') }, ['facility']),
  FacilityTypeChangeInput: object({ facilityType }),
  ReservationStatusInput: object({ status: reservationStatus, note: text(500) }, ['status']),
  RejectionInput: object({ reason: str(1000) }),
  ReservationSupport: object({ facilityId: id, hourlyCapacity: count(1, 1000), startTime: clockTime, endTime: clockTime, note: text(500) }),
  NullableReservationSupport: { anyOf: [{ type: 'null' }, ref('ReservationSupport')] },
  ReservationSupportInput: object({ hourlyCapacity: count(1, 1000), startTime: clockTime, endTime: clockTime, note: text(500) }, ['hourlyCapacity', 'startTime', 'endTime']),
  ReservationInput: object({ facilityId: id, name: str(100), phone, date, time: hour }),
  Reservation: object({ id, facilityId: id, name: str(100), phone, date, time: hour, registeredAt: instant }),
  ClaimLine: object({ vaccineCode: id, municipalityId: id, insuranceCode: { type: 'string', maxLength: 20 }, vaccinations: count(1, 1e9), amountYen: count(0, 1e12) }),
  ClaimDraft: object({
    facilityId: id, serviceMonth: { type: 'string', format: 'month' }, dueDate: date, late: { type: 'boolean' },
    filingMonth: { type: 'string', format: 'month' }, lines: arrayOf(ref('ClaimLine')), totalYen: count(0, 1e12),
  }),
  Claim: object({
    id, facilityId: id, serviceMonth: { type: 'string', format: 'month' }, dueDate: date, late: { type: 'boolean' },
    filingMonth: { type: 'string', format: 'month' }, lines: arrayOf(ref('ClaimLine')), totalYen: count(0, 1e12), filedAt: instant, filedBy: id,
  }),
  ClaimInput: object({ serviceMonth: { type: 'string', format: 'month' } }),
  Report: object({
    id: { type: 'string', pattern: '^R[23][0-9]{2}$' }, title: str(),
    columns: arrayOf(object({ key: str(), label: str() })),
    rows: arrayOf({ type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } }),
  }),
  Notice: object({ id, title: str(300), body: text(20_000), publishedOn: date }),
  NoticePage: object({ items: arrayOf(ref('Notice'), 100), total: count(0, 1e9), page: count(1), pageSize: count(1, 100) }),
  Health: object({ status: { type: 'string', enum: ['ok'] } }),
};
