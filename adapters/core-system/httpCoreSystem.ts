/**
 * The CoreSystem port over HTTP: one method per API operation of the core system's OpenAPI
 * document (the embedded reference core or any server implementing it).
 */
import type {
  Allocation, Application, ApplicationStatus, Claim, ClaimDraft, Cool, CoreSystem, DemandRegistration, Disposal, DisposalInput, Doctor, Dose,
  FacilityApprovalFields, FacilityImmediateFields, FacilityInfo, FacilityStock, FacilitySummary, FacilityUpdateResult, Municipality, Notice,
  NoticePage, Receipt, ReceiptInput, Report, ReportId, Reservation, ReservationInput, ReservationStatus, ReservationSupport, Transfer,
  TransferInput, Vaccine, VaccinationInput, VaccinationRecord,
} from '../../dialogs/ports/coreSystem';
import type { FacilityType, UserIdentity } from '../../dialogs/ports/identity';
import { HttpTransport, type HttpTransportOptions } from './httpTransport';

const e = encodeURIComponent;

export class HttpCoreSystem implements CoreSystem {
  private readonly http: HttpTransport;

  constructor(options: HttpTransportOptions) {
    this.http = new HttpTransport(options);
  }

  private get<T>(user: UserIdentity, path: string, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.http.request<T>({ method: 'GET', path, user, query });
  }

  private write<T>(method: 'POST' | 'PUT' | 'PATCH', user: UserIdentity, path: string, body: unknown, idempotencyKey: string): Promise<T> {
    return this.http.request<T>({ method, path, user, body, idempotencyKey });
  }

  listVaccines(user: UserIdentity): Promise<Vaccine[]> {
    return this.get(user, '/vaccines');
  }
  listMunicipalities(user: UserIdentity, prefectureId: string): Promise<Municipality[]> {
    return this.get(user, `/prefectures/${e(prefectureId)}/municipalities`);
  }
  listFacilities(user: UserIdentity, municipalityId: string): Promise<FacilitySummary[]> {
    return this.get(user, `/municipalities/${e(municipalityId)}/facilities`);
  }

  listCools(user: UserIdentity): Promise<Cool[]> {
    return this.get(user, '/cools');
  }
  async currentCool(user: UserIdentity, vaccineCode?: string): Promise<Cool | undefined> {
    return (await this.get<Cool | null>(user, '/cools/current', { vaccineCode })) ?? undefined;
  }
  registerDemand(user: UserIdentity, input: { facilityId: string; coolId: string; vials: number }, key: string): Promise<DemandRegistration> {
    return this.write('POST', user, '/demands', input, key);
  }
  async getDemand(user: UserIdentity, facilityId: string, coolId: string): Promise<DemandRegistration | undefined> {
    return (await this.get<DemandRegistration | null>(user, `/facilities/${e(facilityId)}/demands/${e(coolId)}`)) ?? undefined;
  }
  getAllocation(user: UserIdentity, facilityId: string, coolId: string): Promise<Allocation> {
    return this.get(user, `/facilities/${e(facilityId)}/allocations/${e(coolId)}`);
  }
  lockCool(user: UserIdentity, coolId: string, key: string): Promise<Cool> {
    return this.write('POST', user, `/cools/${e(coolId)}/lock`, undefined, key);
  }
  setDeliveryDate(user: UserIdentity, input: { facilityId: string; coolId: string; deliveryDate: string }, key: string): Promise<Allocation> {
    return this.write('POST', user, '/delivery-dates', input, key);
  }

  getStock(user: UserIdentity, facilityId: string): Promise<FacilityStock> {
    return this.get(user, `/facilities/${e(facilityId)}/stock`);
  }
  registerTransfer(user: UserIdentity, input: TransferInput, key: string): Promise<Transfer> {
    return this.write('POST', user, '/transfers', input, key);
  }
  registerReceipt(user: UserIdentity, input: ReceiptInput, key: string): Promise<Receipt> {
    return this.write('POST', user, '/receipts', input, key);
  }
  registerVaccinations(user: UserIdentity, input: VaccinationInput, key: string): Promise<VaccinationRecord> {
    return this.write('POST', user, '/vaccinations', input, key);
  }
  async lastVaccinationRecord(user: UserIdentity, facilityId: string, vaccineCode: string, dose?: Dose): Promise<VaccinationRecord | undefined> {
    return (await this.get<VaccinationRecord | null>(user, `/facilities/${e(facilityId)}/vaccinations/latest`, { vaccineCode, dose })) ?? undefined;
  }
  registerDisposal(user: UserIdentity, input: DisposalInput, key: string): Promise<Disposal> {
    return this.write('POST', user, '/disposals', input, key);
  }

  getFacility(user: UserIdentity, facilityId: string): Promise<FacilityInfo> {
    return this.get(user, `/facilities/${e(facilityId)}`);
  }
  updateFacility(user: UserIdentity, facilityId: string, changes: Partial<FacilityImmediateFields & FacilityApprovalFields>, key: string): Promise<FacilityUpdateResult> {
    return this.write('PATCH', user, `/facilities/${e(facilityId)}`, changes, key);
  }
  registerDoctor(user: UserIdentity, facilityId: string, doctor: { name: string; email: string }, key: string): Promise<Doctor> {
    return this.write('POST', user, `/facilities/${e(facilityId)}/doctors`, doctor, key);
  }
  updateDoctor(user: UserIdentity, facilityId: string, doctorId: string, changes: Partial<{ name: string; email: string }>, key: string): Promise<Doctor> {
    return this.write('PATCH', user, `/facilities/${e(facilityId)}/doctors/${e(doctorId)}`, changes, key);
  }
  requestFacilityTypeChange(user: UserIdentity, facilityId: string, facilityType: FacilityType, key: string): Promise<Application> {
    return this.write('POST', user, `/facilities/${e(facilityId)}/type-change`, { facilityType }, key);
  }
  updateReservationStatus(user: UserIdentity, facilityId: string, input: { status: ReservationStatus; note?: string }, key: string): Promise<FacilityInfo> {
    return this.write('PUT', user, `/facilities/${e(facilityId)}/reservation-status`, input, key);
  }

  listApplications(user: UserIdentity, filter: { status?: ApplicationStatus; facilityId?: string } = {}): Promise<Application[]> {
    return this.get(user, '/applications', filter);
  }
  approveApplication(user: UserIdentity, applicationId: string, key: string): Promise<Application> {
    return this.write('POST', user, `/applications/${e(applicationId)}/approve`, undefined, key);
  }
  rejectApplication(user: UserIdentity, applicationId: string, reason: string, key: string): Promise<Application> {
    return this.write('POST', user, `/applications/${e(applicationId)}/reject`, { reason }, key);
  }
  registerInsuranceCode(user: UserIdentity, facilityId: string, input: { kind: 'medical' | 'care'; newCode: string; changeDate: string }, key: string): Promise<Application> {
    return this.write('POST', user, `/facilities/${e(facilityId)}/insurance-codes`, input, key);
  }

  async getReservationSupport(user: UserIdentity, facilityId: string): Promise<ReservationSupport | undefined> {
    return (await this.get<ReservationSupport | null>(user, `/facilities/${e(facilityId)}/reservation-support`)) ?? undefined;
  }
  setReservationSupport(user: UserIdentity, input: ReservationSupport, key: string): Promise<ReservationSupport> {
    const { facilityId, ...settings } = input;
    return this.write('PUT', user, `/facilities/${e(facilityId)}/reservation-support`, settings, key);
  }
  registerReservation(user: UserIdentity, input: ReservationInput, key: string): Promise<Reservation> {
    return this.write('POST', user, '/reservations', input, key);
  }
  listReservations(user: UserIdentity, facilityId: string): Promise<Reservation[]> {
    return this.get(user, `/facilities/${e(facilityId)}/reservations`);
  }

  prepareClaim(user: UserIdentity, facilityId: string, serviceMonth: string): Promise<ClaimDraft> {
    return this.get(user, `/facilities/${e(facilityId)}/claims/draft`, { serviceMonth });
  }
  fileClaim(user: UserIdentity, facilityId: string, serviceMonth: string, key: string): Promise<Claim> {
    return this.write('POST', user, `/facilities/${e(facilityId)}/claims`, { serviceMonth }, key);
  }
  listClaims(user: UserIdentity, facilityId: string): Promise<Claim[]> {
    return this.get(user, `/facilities/${e(facilityId)}/claims`);
  }

  getReport(user: UserIdentity, reportId: ReportId, options: { coolId?: string } = {}): Promise<Report> {
    return this.get(user, `/reports/${e(reportId)}`, options);
  }
  getReportCsv(user: UserIdentity, reportId: ReportId, options: { coolId?: string } = {}): Promise<string> {
    return this.http.request<string>({ method: 'GET', path: `/reports/${e(reportId)}/csv`, user, query: options, text: true });
  }
  latestNotices(user: UserIdentity): Promise<Notice[]> {
    return this.get(user, '/notices/latest');
  }
  listNotices(user: UserIdentity, page = 1, pageSize = 20): Promise<NoticePage> {
    return this.get(user, '/notices', { page, pageSize });
  }

  async ping(): Promise<void> {
    await this.http.request({ method: 'GET', path: '/health' });
  }
}
