/**
 * A real store whose chosen compare-and-set writes (and puts) fail on demand: the write that records a
 * reply's delivery outcome can be made to fail after the reply was delivered.
 */
import type { Collection, Identified, Repositories } from '../../../dialogs/ports/repositories';

export class FlakyRepositories implements Repositories {
  /** Collection name -> how many replaceIf calls succeed before the next one fails. */
  private readonly failures = new Map<string, number>();

  constructor(private readonly inner: Repositories) {}

  get backend() {
    return this.inner.backend;
  }

  /** Lets `succeed` replaceIf calls on `collection` through, then fails the next one (once). */
  failReplaceAfter(collection: string, succeed: number): void {
    this.failures.set(collection, succeed);
  }

  /** Collection name -> how many put calls succeed before the next one fails. */
  private readonly putFailures = new Map<string, number>();

  /** Lets `succeed` put calls on `collection` through, then fails the next one (once). */
  failPutAfter(collection: string, succeed: number): void {
    this.putFailures.set(collection, succeed);
  }

  private failNow(failures: Map<string, number>, name: string): boolean {
    const left = failures.get(name);
    if (left === undefined) return false;
    if (left === 0) {
      failures.delete(name);
      return true;
    }
    failures.set(name, left - 1);
    return false;
  }

  collection<T extends Identified>(name: string): Collection<T> {
    const inner = this.inner.collection<T>(name);
    return {
      insert: (doc) => inner.insert(doc),
      get: (id) => inner.get(id),
      find: (filter, options) => inner.find(filter, options),
      count: (filter) => inner.count(filter),
      put: async (doc) => {
        if (this.failNow(this.putFailures, name)) throw new Error(`injected write failure on ${name}`);
        return inner.put(doc);
      },
      delete: (id) => inner.delete(id),
      replaceIf: async (doc, condition) => {
        const left = this.failures.get(name);
        if (left !== undefined) {
          if (left === 0) {
            this.failures.delete(name);
            throw new Error(`injected write failure on ${name}`);
          }
          this.failures.set(name, left - 1);
        }
        return inner.replaceIf(doc, condition);
      },
    };
  }

  ensureIndex(collection: string, field: string, options?: { unique?: boolean }): Promise<void> {
    return this.inner.ensureIndex(collection, field, options);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
