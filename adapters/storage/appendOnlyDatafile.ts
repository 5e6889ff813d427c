/**
 * NeDB's append path without the per-write open/close. NeDB persists every insert, update and
 * removal with `fs.promises.appendFile`, which opens the datafile, writes and closes it again:
 * three trips through libuv's thread pool per write, and with the Direct Line storing each
 * activity and the bot state every turn, a large share of a turn's CPU (profiled: ~12%).
 *
 * Here each datafile keeps one descriptor open in append mode and the line is written with
 * `writeSync`. Durability is unchanged: when the write resolves the line is in the kernel (as
 * with appendFile; neither fsyncs), so it survives `kill -9` of the process. A small synchronous
 * append to a local file costs microseconds, less than the thread-pool round trip it replaces.
 * Compaction replaces the file (temp file + rename), so the descriptor is reopened after it.
 */
import fs from 'node:fs';
import type Datastore from '@seald-io/nedb';

/** NeDB's own serializer (the format its loader reads back); not in the package's typings. */
const model = require('@seald-io/nedb/lib/model') as { serialize(document: unknown): string };

/** The internal NeDB method replaced here (Persistence#persistNewStateAsync in lib/persistence.js). */
interface NedbPersistence {
  filename?: string;
  inMemoryOnly?: boolean;
  modes?: { fileMode?: number };
  persistNewStateAsync(newDocs: unknown[]): Promise<void>;
}

export class AppendOnlyDatafile {
  private descriptor: number | undefined;

  constructor(
    private readonly filename: string,
    private readonly fileMode?: number,
  ) {}

  /** Appends the text; when this returns, the bytes are in the file. */
  append(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.descriptor ??= fs.openSync(this.filename, 'a', this.fileMode);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(this.descriptor, bytes, written, bytes.length - written);
  }

  /** The file was replaced (compaction): the next append opens the new one. */
  reopen(): void {
    this.close();
  }

  close(): void {
    if (this.descriptor === undefined) return;
    const descriptor = this.descriptor;
    this.descriptor = undefined;
    fs.closeSync(descriptor);
  }
}

/**
 * Makes `db` append through one open descriptor (see above). Returns the file to close when the
 * store is closed, or undefined when this NeDB version does not have the expected internals (then
 * NeDB's own appendFile keeps working, only slower).
 */
export function useAppendOnlyDatafile(db: Datastore<Record<string, unknown>>): AppendOnlyDatafile | undefined {
  const persistence = (db as unknown as { persistence?: NedbPersistence }).persistence;
  if (!persistence || persistence.inMemoryOnly || !persistence.filename || typeof persistence.persistNewStateAsync !== 'function') return undefined;
  const file = new AppendOnlyDatafile(persistence.filename, persistence.modes?.fileMode);
  persistence.persistNewStateAsync = async (newDocs: unknown[]): Promise<void> => {
    let text = '';
    for (const doc of newDocs) text += `${model.serialize(doc)}\n`;
    if (text) file.append(text);
  };
  db.on('compaction.done', () => file.reopen());
  return file;
}
