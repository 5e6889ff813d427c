/** Claims (請求), reports R201-R310 and notices. */
import * as claims from '../rules/claims';
import * as notices from '../rules/notices';
import { buildReport, toCsv } from '../rules/reports';
import { listOf, type RouteSpec, schemaRef } from './routeSpec';

const month = { type: 'string' as const, format: 'month' as const };
const coolQuery = { name: 'coolId', schema: { type: 'string' as const, maxLength: 200 } };

export const reportingRoutes: RouteSpec[] = [
  { method: 'get', path: '/facilities/{facilityId}/claims/draft', operationId: 'prepareClaim', summary: 'Prepare 請求総括書・市区町村別請求書 for a month', tag: 'claims',
    query: [{ name: 'serviceMonth', schema: month, required: true }], response: schemaRef('ClaimDraft'),
    handle: (ctx, c) => claims.prepareClaim(ctx, c.user, c.params.facilityId, c.query.serviceMonth as string) },
  { method: 'post', path: '/facilities/{facilityId}/claims', operationId: 'fileClaim', summary: 'File the claim for a month (due the 10th of the next month)', tag: 'claims',
    body: schemaRef('ClaimInput'), response: schemaRef('Claim'), handle: (ctx, c) => claims.fileClaim(ctx, c.user, c.params.facilityId, c.body.serviceMonth) },
  { method: 'get', path: '/facilities/{facilityId}/claims', operationId: 'listClaims', summary: 'Filed claims', tag: 'claims',
    response: listOf('Claim'), handle: (ctx, c) => claims.listClaims(ctx, c.user, c.params.facilityId) },
  { method: 'get', path: '/reports/{reportId}', operationId: 'getReport', summary: 'A report as rows', tag: 'reports',
    query: [coolQuery], response: schemaRef('Report'), handle: (ctx, c) => buildReport(ctx, c.user, c.params.reportId, c.query.coolId as string | undefined) },
  { method: 'get', path: '/reports/{reportId}/csv', operationId: 'getReportCsv', summary: 'A report as CSV (詳細のエクスポート)', tag: 'reports', csv: true,
    query: [coolQuery], response: { type: 'string' },
    handle: async (ctx, c) => toCsv(await buildReport(ctx, c.user, c.params.reportId, c.query.coolId as string | undefined)) },
  { method: 'get', path: '/notices/latest', operationId: 'latestNotices', summary: 'Latest 10 notices (home screen)', tag: 'notices',
    response: listOf('Notice'), handle: (ctx) => notices.latestNotices(ctx) },
  { method: 'get', path: '/notices', operationId: 'listNotices', summary: 'Notice back numbers, newest first', tag: 'notices',
    query: [{ name: 'page', schema: { type: 'integer', minimum: 1, maximum: 100_000 } }, { name: 'pageSize', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
    response: schemaRef('NoticePage'), handle: (ctx, c) => notices.listNotices(ctx, (c.query.page as number) ?? 1, (c.query.pageSize as number) ?? 20) },
];
