/**
 * The operations of claims, reports, notices, the prefecture's data lock and makers' 納入予定日,
 * registered together by the composition root (one call in bot/app.ts).
 */
import type { OperationRegistry } from '../../operationRegistry';
import type { CoreSystem } from '../../ports/coreSystem';
import type { ReportDownloadLinks } from '../../ports/reportDownloads';
import { claimOperation } from '../claims/claimDialog';
import { deliveryDateOperation } from '../maker/deliveryDateDialog';
import { noticeOperations } from '../notices/noticesDialog';
import { dataLockOperation } from '../prefecture/dataLockDialog';
import { reportOperation } from './reportDialog';

export interface ReportingOperationDependencies {
  core: CoreSystem;
  /** Signed CSV download links (adapters/reports). */
  links: ReportDownloadLinks;
  now?: () => Date;
}

export function registerReportingOperations(registry: OperationRegistry, deps: ReportingOperationDependencies): void {
  registry.register(claimOperation({ core: deps.core, now: deps.now }));
  registry.register(reportOperation({ core: deps.core, links: deps.links }));
  for (const operation of noticeOperations(deps.core)) registry.register(operation);
  registry.register(dataLockOperation({ core: deps.core, now: deps.now }));
  registry.register(deliveryDateOperation({ core: deps.core, now: deps.now }));
}
