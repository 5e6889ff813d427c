/** Counts turns in progress so a graceful shutdown can let them finish before storage closes. */
export class TurnTracker {
  private active = 0;
  private waiters: Array<() => void> = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      if (this.active === 0) this.waiters.splice(0).forEach((resolve) => resolve());
    }
  }

  get inFlight(): number {
    return this.active;
  }

  /** Resolves when no turn is running, or after `timeoutMs` at the latest. */
  drain(timeoutMs: number): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
