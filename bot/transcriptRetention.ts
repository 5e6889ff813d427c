/**
 * Keeps the rolling transcripts from growing without end: the turns of the inquiry transcript are
 * only needed while a conversation may still be escalated, so older ones are deleted once at start
 * and then periodically. The timer never keeps the process alive.
 */
import type { TranscriptLog } from '../dialogs/transcriptLog';
import type { Logger } from './logger';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TranscriptRetentionOptions {
  keepDays?: number;
  everyMs?: number;
  now?: () => Date;
}

export function startTranscriptRetention(transcript: TranscriptLog, logger: Logger, options: TranscriptRetentionOptions = {}): { stop(): void } {
  const keepDays = options.keepDays ?? 30;
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  const prune = (): void => {
    if (running) return;
    running = transcript
      .deleteOlderThan(new Date(now().getTime() - keepDays * DAY_MS))
      .then((deleted) => {
        if (deleted > 0) logger.info({ deleted, keepDays }, 'old transcript turns deleted');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'transcript retention failed; retrying at the next interval'))
      .finally(() => (running = undefined));
  };
  prune();
  const timer = setInterval(prune, options.everyMs ?? 60 * 60 * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
