/** What reaches either backend is the document as JSON would carry it, keyed by `_id`. */
import { toStored } from '../../../adapters/storage/documentMapping';

const asJson = (doc: object): unknown => JSON.parse(JSON.stringify(doc));

it.each([
  ['a flat record', { id: 'a|0000001', conversationId: 'a', sequence: 1, activityJson: '{"text":"こんにちは\\n"}', draft: false, note: null }],
  ['undefined fields', { id: 'b', eTag: 'x', value: '{}', missing: undefined }],
  ['nested values and dates', { id: 'c', at: new Date(Date.UTC(2026, 0, 2)), items: [{ n: 1, skip: undefined }], nan: Number.NaN }],
  ['negative zero and infinity', { id: 'd', zero: -0, far: Number.POSITIVE_INFINITY }],
])('stores %s exactly as its JSON form', (_label, doc) => {
  const { id, ...rest } = doc;
  expect(toStored(doc)).toEqual({ ...(asJson(rest) as object), _id: id });
  expect(Object.is((toStored(doc) as Record<string, unknown>).zero, -0)).toBe(false);
});

it('refuses a document without an id', () => {
  expect(() => toStored({ id: '' })).toThrow(/non-empty string/);
});
