/** Organisations, cools (希望量, data lock, 分配量, 納入予定日) and stock movements. */
import * as cools from '../rules/cools';
import * as organisations from '../rules/organisations';
import * as stock from '../rules/stock';
import * as vaccinations from '../rules/vaccinations';
import { listOf, type RouteSpec, schemaRef } from './routeSpec';

const tag = 'logistics';

export const logisticsRoutes: RouteSpec[] = [
  { method: 'get', path: '/vaccines', operationId: 'listVaccines', summary: 'Vaccines handled by the system', tag, response: listOf('Vaccine'),
    handle: (ctx) => organisations.listVaccines(ctx) },
  { method: 'get', path: '/prefectures/{prefectureId}/municipalities', operationId: 'listMunicipalities', summary: 'Municipalities of a prefecture (都道府県管内の市町村一覧)', tag,
    response: listOf('Municipality'), handle: (ctx, c) => organisations.listMunicipalities(ctx, c.user, c.params.prefectureId) },
  { method: 'get', path: '/municipalities/{municipalityId}/facilities', operationId: 'listFacilities', summary: 'Facilities of a municipality with type and stock', tag,
    response: listOf('FacilitySummary'), handle: (ctx, c) => organisations.listFacilities(ctx, c.user, c.params.municipalityId) },
  { method: 'get', path: '/cools', operationId: 'listCools', summary: 'Cools with registration periods, newest first', tag, response: listOf('Cool'),
    handle: (ctx, c) => cools.listCools(ctx, c.user) },
  { method: 'get', path: '/cools/current', operationId: 'currentCool', summary: 'The cool whose registration period contains today', tag,
    query: [{ name: 'vaccineCode', schema: { type: 'string', maxLength: 50 } }], response: schemaRef('NullableCool'),
    handle: async (ctx, c) => (await cools.currentCool(ctx, c.user, c.query.vaccineCode as string | undefined)) ?? null },
  { method: 'post', path: '/demands', operationId: 'registerDemand', summary: 'Register 希望量 for a cool (inside its registration period only)', tag,
    body: schemaRef('DemandInput'), response: schemaRef('Demand'), handle: (ctx, c) => cools.registerDemand(ctx, c.user, c.body) },
  { method: 'get', path: '/facilities/{facilityId}/demands/{coolId}', operationId: 'getDemand', summary: 'Registered 希望量 of a facility for a cool', tag,
    response: schemaRef('NullableDemand'), handle: (ctx, c) => cools.getDemand(ctx, c.user, c.params.facilityId, c.params.coolId) },
  { method: 'get', path: '/facilities/{facilityId}/allocations/{coolId}', operationId: 'getAllocation', summary: '分配量 and 納入予定日 (after the data lock)', tag,
    response: schemaRef('Allocation'), handle: (ctx, c) => cools.getAllocation(ctx, c.user, c.params.facilityId, c.params.coolId) },
  { method: 'post', path: '/cools/{coolId}/lock', operationId: 'lockCool', summary: 'Data lock by the prefecture: 希望量 becomes 分配量', tag,
    response: schemaRef('Cool'), handle: (ctx, c) => cools.lockCool(ctx, c.user, c.params.coolId) },
  { method: 'post', path: '/delivery-dates', operationId: 'setDeliveryDate', summary: '納入予定日 entered by the maker/wholesaler', tag,
    body: schemaRef('DeliveryDateInput'), response: schemaRef('Allocation'), handle: (ctx, c) => cools.setDeliveryDate(ctx, c.user, c.body) },
  { method: 'get', path: '/facilities/{facilityId}/stock', operationId: 'getStock', summary: 'Stock held by a facility, per lot', tag,
    response: schemaRef('FacilityStock'), handle: (ctx, c) => stock.getStock(ctx, c.user, c.params.facilityId) },
  { method: 'post', path: '/transfers', operationId: 'registerTransfer', summary: '移送・融通 registered by the sender', tag,
    body: schemaRef('TransferInput'), response: schemaRef('Transfer'), handle: (ctx, c) => stock.registerTransfer(ctx, c.user, c.body) },
  { method: 'post', path: '/receipts', operationId: 'registerReceipt', summary: '融通受入 registered by the receiver', tag,
    body: schemaRef('ReceiptInput'), response: schemaRef('Receipt'), handle: (ctx, c) => stock.registerReceipt(ctx, c.user, c.body) },
  { method: 'post', path: '/vaccinations', operationId: 'registerVaccinations', summary: '接種実績: cumulative count of one dose for a day, optionally by priority group', tag,
    body: schemaRef('VaccinationInput'), response: schemaRef('VaccinationRecord'), handle: (ctx, c) => vaccinations.registerVaccinations(ctx, c.user, c.body) },
  { method: 'get', path: '/facilities/{facilityId}/vaccinations/latest', operationId: 'lastVaccinationRecord', summary: 'Last registered 接種実績 for a vaccine and dose', tag,
    query: [
      { name: 'vaccineCode', schema: { type: 'string', minLength: 1, maxLength: 50 }, required: true },
      { name: 'dose', schema: { type: 'integer', enum: [1, 2] }, description: '接種回数 (default 1)' },
    ],
    response: schemaRef('NullableVaccinationRecord'),
    handle: (ctx, c) => vaccinations.lastVaccinationRecord(ctx, c.user, c.params.facilityId, c.query.vaccineCode as string, (c.query.dose as 1 | 2 | undefined) ?? 1) },
  { method: 'post', path: '/disposals', operationId: 'registerDisposal', summary: '廃棄 in vials', tag,
    body: schemaRef('DisposalInput'), response: schemaRef('Disposal'), handle: (ctx, c) => stock.registerDisposal(ctx, c.user, c.body) },
];
