/**
 * GET /reports/<id>.csv?t=<signed link>: the report's CSV as the link's user may see it, fetched
 * from the core system at download time. Comma-separated, UTF-8 with a BOM (Excel then reads the
 * Japanese correctly; the BOM is added when the core's CSV has none, e.g. after a text decode).
 *
 * Refused: no/forged link (401/403), expired link (410), a link for another report (403), and a
 * request that identifies a different user (Authorization: Bearer <user token>, 403).
 */
import type { Request, Response, Server } from 'restify';
import { CoreSystemError, type CoreSystem } from '../../dialogs/ports/coreSystem';
import { problem, sendProblem } from '../http/problem';
import { bearerToken, type TokenSigner } from '../identity/signedToken';
import { verifyUserToken } from '../identity/userToken';
import type { ReportCsvLinks } from './reportCsvLinks';
import { reportCsvMessages as text } from './messages';

const BOM = '\uFEFF';

export interface ReportCsvRouteDependencies {
  core: CoreSystem;
  links: ReportCsvLinks;
  /** Verifies user tokens (the same secret as the core's). */
  signer: TokenSigner;
}

function refuse(req: Request, res: Response, status: number, type: string, title: string, detail: string): void {
  res.setHeader('Cache-Control', 'no-store');
  const accept = String(req.headers.accept ?? '');
  if (/json/.test(accept)) return sendProblem(res, problem(status, type, title, detail));
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.writeHead(status);
  res.end(`${detail}\n`);
}

export function registerReportCsvRoute(server: Server, deps: ReportCsvRouteDependencies): void {
  server.get('/reports/:file', async (req: Request, res: Response) => {
    const file = /^(R\d{3})\.csv$/i.exec(String(req.params.file ?? ''));
    if (!file) return refuse(req, res, 404, 'report-not-found', 'Report not found', text.notFound);
    const checked = deps.links.read(typeof req.query?.t === 'string' ? req.query.t : undefined);
    if (!checked.ok) {
      if (checked.reason === 'missing') return refuse(req, res, 401, 'report-link-missing', 'Download link required', text.missing);
      if (checked.reason === 'expired') return refuse(req, res, 410, 'report-link-expired', 'Download link expired', text.expired);
      return refuse(req, res, 403, 'report-link-invalid', 'Invalid download link', text.invalid);
    }
    const { grant } = checked;
    if (grant.reportId !== file[1].toUpperCase()) return refuse(req, res, 403, 'report-link-other-report', 'Link is for another report', text.otherReport);
    const presented = bearerToken(req.headers.authorization);
    if (presented !== undefined) {
      const requester = verifyUserToken(deps.signer, presented);
      if (!requester) return refuse(req, res, 401, 'unauthenticated', 'Invalid user token', text.badSignIn);
      if (requester.id !== grant.user.id) return refuse(req, res, 403, 'report-link-other-user', 'Link was issued to another user', text.otherUser);
    }

    let csv: string;
    try {
      csv = await deps.core.getReportCsv(grant.user, grant.reportId, grant.coolId ? { coolId: grant.coolId } : {});
    } catch (error) {
      if (error instanceof CoreSystemError && error.status !== undefined && error.status < 500) return refuse(req, res, error.status, error.code, 'Core system refused the report', error.detail);
      return refuse(req, res, 502, 'core-unavailable', 'Core system unavailable', text.unavailable);
    }
    const body = Buffer.from(csv.startsWith(BOM) ? csv : `${BOM}${csv}`, 'utf8');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${grant.reportId}.csv"`);
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.writeHead(200);
    res.end(body);
  });
}
