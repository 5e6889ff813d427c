import type { Storage, StoreItems } from 'botbuilder';

/** Bot state storage whose next `failures` writes throw, as a full disk or a lost database would. */
export class FlakyStorage implements Storage {
  failures = 0;
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('injected storage write failure');
    }
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
