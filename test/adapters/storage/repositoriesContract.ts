/**
 * The contract every Repositories backend passes (embedded NeDB, MongoDB). Each backend's test
 * file calls `describeRepositoriesContract` with a factory that opens the same store again on
 * `reopen`, so persistence across a restart is part of the contract.
 */
import { MemoryStorage } from 'botbuilder';
import { DuplicateIdError, type Repositories } from '../../../dialogs/ports/repositories';
import { BotStateStorage, StorageConflictError } from '../../../adapters/storage/botStateStorage';

interface Inquiry {
  id: string;
  status: 'new' | 'answered';
  createdAt: string;
  count: number;
  tags?: string[];
}

export interface ContractBackend {
  open(): Promise<Repositories>;
}

export function describeRepositoriesContract(name: string, backend: () => ContractBackend): void {
  describe(`Repositories contract: ${name}`, () => {
    let repositories: Repositories;

    beforeEach(async () => {
      repositories = await backend().open();
    });

    afterEach(async () => {
      await repositories.close();
    });

    it('inserts, reads back and rejects a second insert of the same id', async () => {
      const inquiries = repositories.collection<Inquiry>('inquiries');
      await inquiries.insert({ id: 'q1', status: 'new', createdAt: '2026-01-01', count: 1 });
      expect(await inquiries.get('q1')).toEqual({ id: 'q1', status: 'new', createdAt: '2026-01-01', count: 1 });
      await expect(inquiries.insert({ id: 'q1', status: 'answered', createdAt: '2026-01-02', count: 2 })).rejects.toBeInstanceOf(DuplicateIdError);
      expect((await inquiries.get('q1'))?.status).toBe('new');
      expect(await inquiries.get('missing')).toBeUndefined();
    });

    it('finds by equality and conditions, sorts, skips and limits', async () => {
      const inquiries = repositories.collection<Inquiry>('inquiries');
      for (let i = 1; i <= 5; i++) {
        await inquiries.insert({ id: `q${i}`, status: i % 2 ? 'new' : 'answered', createdAt: `2026-01-0${i}`, count: i });
      }
      expect((await inquiries.find({ status: 'new' }, { sort: { count: -1 } })).map((d) => d.id)).toEqual(['q5', 'q3', 'q1']);
      expect((await inquiries.find({ count: { $gte: 2, $lt: 5 } }, { sort: { id: 1 } })).map((d) => d.id)).toEqual(['q2', 'q3', 'q4']);
      expect((await inquiries.find({ id: { $in: ['q2', 'q4', 'zz'] } }, { sort: { id: 1 } })).map((d) => d.id)).toEqual(['q2', 'q4']);
      expect((await inquiries.find({}, { sort: { createdAt: 1 }, skip: 1, limit: 2 })).map((d) => d.id)).toEqual(['q2', 'q3']);
      expect(await inquiries.count({ status: 'answered' })).toBe(2);
    });

    it('sorts by two fields (ties broken by id) and pages with a $lte condition plus skip', async () => {
      // What the support console's inquiry pages rely on: (createdAt desc, id desc) is a total order.
      const inquiries = repositories.collection<Inquiry>('inquiries');
      const rows: Array<[string, string]> = [['a', '2026-01-03'], ['c', '2026-01-02'], ['b', '2026-01-02'], ['e', '2026-01-02'], ['d', '2026-01-01']];
      for (const [id, createdAt] of rows) await inquiries.insert({ id, status: 'new', createdAt, count: 0 });
      const order = { sort: { createdAt: -1 as const, id: -1 as const } };
      expect((await inquiries.find({}, order)).map((d) => d.id)).toEqual(['a', 'e', 'c', 'b', 'd']);
      // After 'a' and 'e' (one of 2026-01-02 seen): the rest from that day on, skipping the one seen.
      expect((await inquiries.find({ createdAt: { $lte: '2026-01-02' } }, { ...order, skip: 1, limit: 2 })).map((d) => d.id)).toEqual(['c', 'b']);
      expect((await inquiries.find({ status: 'new', createdAt: { $lte: '2026-01-02' } }, { ...order, skip: 3, limit: 2 })).map((d) => d.id)).toEqual(['d']);
    });

    it('puts (upsert), replaces only on a matching condition, deletes', async () => {
      const inquiries = repositories.collection<Inquiry>('inquiries');
      await inquiries.put({ id: 'q1', status: 'new', createdAt: '2026-01-01', count: 1 });
      await inquiries.put({ id: 'q1', status: 'new', createdAt: '2026-01-01', count: 2 });
      expect((await inquiries.get('q1'))?.count).toBe(2);
      expect(await inquiries.replaceIf({ id: 'q1', status: 'answered', createdAt: '2026-01-01', count: 3 }, { count: 1 })).toBe(false);
      expect(await inquiries.replaceIf({ id: 'q1', status: 'answered', createdAt: '2026-01-01', count: 3 }, { count: 2 })).toBe(true);
      expect(await inquiries.get('q1')).toEqual({ id: 'q1', status: 'answered', createdAt: '2026-01-01', count: 3 });
      expect(await inquiries.replaceIf({ id: 'nobody', status: 'new', createdAt: '', count: 0 }, {})).toBe(false);
      expect(await inquiries.delete('q1')).toBe(true);
      expect(await inquiries.delete('q1')).toBe(false);
      expect(await inquiries.count()).toBe(0);
    });

    it('keeps what was written across a restart', async () => {
      await repositories.collection<Inquiry>('inquiries').insert({ id: 'kept', status: 'new', createdAt: '2026-01-01', count: 7, tags: ['a'] });
      await repositories.close();
      repositories = await backend().open();
      expect(await repositories.collection<Inquiry>('inquiries').get('kept')).toEqual({
        id: 'kept', status: 'new', createdAt: '2026-01-01', count: 7, tags: ['a'],
      });
    });

    it('answers the readiness ping', async () => {
      await expect(repositories.ping()).resolves.toBeUndefined();
    });

    describe('bot state storage behaves like botbuilder MemoryStorage', () => {
      it('reads a missing key as absent, and writes with fresh eTags', async () => {
        for (const storage of [new MemoryStorage(), new BotStateStorage(repositories)]) {
          expect(await storage.read(['missing'])).toEqual({});
          await storage.write({ 'conv/1': { step: 1, nested: { 'a.b': 1, $x: 2 } } });
          const first = (await storage.read(['conv/1']))['conv/1'];
          expect(first).toMatchObject({ step: 1, nested: { 'a.b': 1, $x: 2 } });
          expect(typeof first.eTag).toBe('string');
        }
      });

      it('rejects the second of two writers holding the same eTag, accepts "*"', async () => {
        const storage = new BotStateStorage(repositories);
        await storage.write({ key: { value: 0 } });
        const writerA = (await storage.read(['key'])).key;
        const writerB = (await storage.read(['key'])).key;
        await storage.write({ key: { ...writerA, value: 'A' } });
        await expect(storage.write({ key: { ...writerB, value: 'B' } })).rejects.toBeInstanceOf(StorageConflictError);
        expect((await storage.read(['key'])).key.value).toBe('A');
        await storage.write({ key: { value: 'forced', eTag: '*' } });
        expect((await storage.read(['key'])).key.value).toBe('forced');
      });

      it('lets exactly one of two concurrent writers win', async () => {
        const storage = new BotStateStorage(repositories);
        await storage.write({ race: { value: 0 } });
        const seen = (await storage.read(['race'])).race;
        const results = await Promise.allSettled([
          storage.write({ race: { ...seen, value: 1 } }),
          storage.write({ race: { ...seen, value: 2 } }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      });

      it('deletes keys', async () => {
        const storage = new BotStateStorage(repositories);
        await storage.write({ gone: { value: 1 } });
        await storage.delete(['gone']);
        expect(await storage.read(['gone'])).toEqual({});
      });
    });
  });
}
