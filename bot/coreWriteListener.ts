/**
 * The core client, telling `onWrite` after every call that may change data (anything that is not a
 * read: register…, update…, lock…, set…, approve…, file…). The welcome's open-task cache forgets
 * its lines then, so a 希望量 registered in the chat is not reported 「未登録」 at the next welcome.
 */
import type { CoreSystem } from '../dialogs/ports/coreSystem';

const READ = /^(get|list|current|last|latest|prepare|ping)/;

export function notifyingCoreWrites(core: CoreSystem, onWrite: () => void): CoreSystem {
  return new Proxy(core, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || READ.test(property)) {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          onWrite(); // also after a failure: a timed-out write may still have been applied
        }
      };
    },
  });
}
