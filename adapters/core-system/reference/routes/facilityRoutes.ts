/** 医療機関情報, doctors, type change, insurance codes, applications and reservation support. */
import * as applications from '../rules/applications';
import * as facilities from '../rules/facilities';
import * as reservations from '../rules/reservations';
import { listOf, type RouteSpec, schemaRef } from './routeSpec';

const tag = 'facilities';

export const facilityRoutes: RouteSpec[] = [
  { method: 'get', path: '/facilities/{facilityId}', operationId: 'getFacility', summary: 'Facility information', tag,
    response: schemaRef('FacilityInfo'), handle: (ctx, c) => facilities.getFacility(ctx, c.user, c.params.facilityId) },
  { method: 'patch', path: '/facilities/{facilityId}', operationId: 'updateFacility', summary: 'Update facility information (some fields need approval)', tag,
    body: schemaRef('FacilityChanges'), response: schemaRef('FacilityUpdateResult'), handle: (ctx, c) => facilities.updateFacility(ctx, c.user, c.params.facilityId, c.body) },
  { method: 'post', path: '/facilities/{facilityId}/doctors', operationId: 'registerDoctor', summary: 'Register a doctor', tag,
    body: schemaRef('DoctorInput'), response: schemaRef('Doctor'), handle: (ctx, c) => facilities.registerDoctor(ctx, c.user, c.params.facilityId, c.body) },
  { method: 'patch', path: '/facilities/{facilityId}/doctors/{doctorId}', operationId: 'updateDoctor', summary: 'Update a doctor', tag,
    body: schemaRef('DoctorChanges'), response: schemaRef('Doctor'), handle: (ctx, c) => facilities.updateDoctor(ctx, c.user, c.params.facilityId, c.params.doctorId, c.body) },
  { method: 'post', path: '/facilities/{facilityId}/type-change', operationId: 'requestFacilityTypeChange', summary: '基本型⇔サテライト型 change application (zero stock only)', tag,
    body: schemaRef('FacilityTypeChangeInput'), response: schemaRef('Application'),
    handle: (ctx, c) => facilities.requestFacilityTypeChange(ctx, c.user, c.params.facilityId, c.body.facilityType) },
  { method: 'put', path: '/facilities/{facilityId}/reservation-status', operationId: 'updateReservationStatus', summary: '予約受付状況 (shown on コロナワクチンナビ)', tag,
    body: schemaRef('ReservationStatusInput'), response: schemaRef('FacilityInfo'), handle: (ctx, c) => facilities.updateReservationStatus(ctx, c.user, c.params.facilityId, c.body) },
  { method: 'post', path: '/facilities/{facilityId}/insurance-codes', operationId: 'registerInsuranceCode', summary: 'New insurance code with its change date (needs approval)', tag,
    body: schemaRef('InsuranceCodeInput'), response: schemaRef('Application'), handle: (ctx, c) => applications.registerInsuranceCode(ctx, c.user, c.params.facilityId, c.body) },
  { method: 'get', path: '/applications', operationId: 'listApplications', summary: 'Applications from facilities (pending by default filter)', tag,
    query: [{ name: 'status', schema: { type: 'string', enum: ['pending', 'approved', 'rejected'] } }, { name: 'facilityId', schema: { type: 'string', maxLength: 200 } }],
    response: listOf('Application'),
    handle: (ctx, c) => applications.listApplications(ctx, c.user, { status: c.query.status as never, facilityId: c.query.facilityId as string | undefined }) },
  { method: 'post', path: '/applications/{applicationId}/approve', operationId: 'approveApplication', summary: 'Approve (municipality)', tag,
    response: schemaRef('Application'), handle: (ctx, c) => applications.approveApplication(ctx, c.user, c.params.applicationId) },
  { method: 'post', path: '/applications/{applicationId}/reject', operationId: 'rejectApplication', summary: 'Reject with a reason (municipality)', tag,
    body: schemaRef('RejectionInput'), response: schemaRef('Application'), handle: (ctx, c) => applications.rejectApplication(ctx, c.user, c.params.applicationId, c.body.reason) },
  { method: 'get', path: '/facilities/{facilityId}/reservation-support', operationId: 'getReservationSupport', summary: 'Reservation support settings', tag,
    response: schemaRef('NullableReservationSupport'), handle: (ctx, c) => reservations.getReservationSupport(ctx, c.user, c.params.facilityId) },
  { method: 'put', path: '/facilities/{facilityId}/reservation-support', operationId: 'setReservationSupport', summary: 'Hourly capacity and hours for municipal reservation support', tag,
    body: schemaRef('ReservationSupportInput'), response: schemaRef('ReservationSupport'),
    handle: (ctx, c) => reservations.setReservationSupport(ctx, c.user, { note: '', ...c.body, facilityId: c.params.facilityId }) },
  { method: 'post', path: '/reservations', operationId: 'registerReservation', summary: 'Take a reservation for a facility (within hourly capacity)', tag,
    body: schemaRef('ReservationInput'), response: schemaRef('Reservation'), handle: (ctx, c) => reservations.registerReservation(ctx, c.user, c.body) },
  { method: 'get', path: '/facilities/{facilityId}/reservations', operationId: 'listReservations', summary: '予約者一覧', tag,
    response: listOf('Reservation'), handle: (ctx, c) => reservations.listReservations(ctx, c.user, c.params.facilityId) },
];
