/** 市町村 of a prefecture and facilities of a municipality, scoped to what the user may see. */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { FacilitySummary, Municipality, Vaccine } from '../../../../dialogs/ports/coreSystem';
import { prefectureOf } from '../access';
import type { CoreContext } from '../context';
import { forbidden, notFound } from '../errors';
import { messages } from '../messages';
import type { FacilityDoc } from '../model';

export async function listVaccines(ctx: CoreContext): Promise<Vaccine[]> {
  const docs = await ctx.store.vaccines.find({}, { sort: { id: 1 } });
  return docs.map(({ code, name, dosesPerVial }) => ({ code, name, dosesPerVial }));
}

export async function listMunicipalities(ctx: CoreContext, user: UserIdentity, prefectureId: string): Promise<Municipality[]> {
  const prefecture = await ctx.store.organisations.get(prefectureId);
  if (prefecture?.kind !== 'prefecture') throw notFound('prefecture-not-found', 'Prefecture not found', messages.prefectureNotFound);
  if (user.role !== 'support' && user.role !== 'maker' && (await prefectureOf(ctx, user)) !== prefectureId) {
    throw forbidden('other-prefecture', 'Outside your prefecture', messages.otherPrefecture);
  }
  const docs = await ctx.store.organisations.find({ kind: 'municipality', parentId: prefectureId }, { sort: { id: 1 } });
  return docs.map((d) => ({ id: d.id, name: d.name, prefectureId }));
}

export async function stockVialsOf(ctx: CoreContext, facilityId: string): Promise<number> {
  const lots = await ctx.store.stock.find({ facilityId });
  return lots.reduce((sum, lot) => sum + lot.vials, 0);
}

export async function summarise(ctx: CoreContext, facility: FacilityDoc): Promise<FacilitySummary> {
  return {
    id: facility.id,
    name: facility.name,
    municipalityId: facility.municipalityId,
    facilityType: facility.facilityType,
    stockVials: await stockVialsOf(ctx, facility.id),
    vaccines: facility.vaccines,
  };
}

export async function listFacilities(ctx: CoreContext, user: UserIdentity, municipalityId: string): Promise<FacilitySummary[]> {
  const municipality = await ctx.store.organisations.get(municipalityId);
  if (municipality?.kind !== 'municipality') throw notFound('municipality-not-found', 'Municipality not found', messages.municipalityNotFound);
  if (user.role === 'municipality' && user.organizationId !== municipalityId) {
    throw forbidden('other-municipality', 'Outside your municipality', messages.otherMunicipality);
  }
  if (user.role === 'prefecture' && municipality.parentId !== user.organizationId) {
    throw forbidden('other-prefecture', 'Outside your prefecture', messages.otherPrefecture);
  }
  // A facility sees its neighbours in the prefecture: it picks the receiver of a 移送・融通 among them.
  if (user.role === 'facility' && (await prefectureOf(ctx, user)) !== municipality.parentId) {
    throw forbidden('other-prefecture', 'Outside your prefecture', messages.otherPrefecture);
  }
  const docs = await ctx.store.facilities.find({ municipalityId }, { sort: { id: 1 } });
  return Promise.all(docs.map((d) => summarise(ctx, d)));
}
