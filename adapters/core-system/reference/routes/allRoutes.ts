/** Every operation of the reference core API. */
import { facilityRoutes } from './facilityRoutes';
import { logisticsRoutes } from './logisticsRoutes';
import { reportingRoutes } from './reportingRoutes';
import type { RouteSpec } from './routeSpec';

export const ALL_ROUTES: readonly RouteSpec[] = [...logisticsRoutes, ...facilityRoutes, ...reportingRoutes];
