/**
 * In-process serialisation of state-changing operations per organisation (and per idempotency
 * key): a check-then-write rule ("stock must cover the transfer", "one pending application") holds
 * under concurrent requests. Several keys are taken in sorted order so two operations never wait
 * on each other.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)].sort();
    const releases: (() => void)[] = [];
    try {
      for (const key of unique) releases.push(await this.acquire(key));
      return await work();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
