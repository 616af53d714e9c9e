import { type FileHandle, open } from 'node:fs/promises';
import { bufferCapacity } from '../shared/buffer-capacity.js';
import type { ResultList } from './result-list.js';

/** Bytes gathered before a write. */
const WRITE_BYTES = 64 * 1024;

/**
 * Writes `results` as a JSON array with one entry per line, each entry's compact JSON as the
 * list already holds it (result-spool.ts): nothing is parsed or formatted again. A run of
 * 20,000 images is about 20 MB of JSON. The lines are encoded into one buffer, written and
 * reused: joined into strings and written as such, each write made a buffer of its own that
 * only a garbage collection gave back, 20 MB of them at the end of such a run.
 */
export async function writeResultsFile(path: string, results: ResultList) {
  const file = await open(path, 'w');
  try {
    const out = new ReusedBuffer(file);
    await out.put('[\n');
    for (let i = 0; i < results.length; i++) {
      await out.put(results.json(i), i + 1 < results.length ? ',\n' : '\n');
    }
    await out.put(']\n');
    await out.flush();
  } finally {
    await file.close();
  }
}

/** Text encoded into one buffer, written out when the next text would not fit. */
class ReusedBuffer {
  private buffer = Buffer.allocUnsafeSlow(WRITE_BYTES);
  private used = 0;

  constructor(private readonly file: FileHandle) {}

  async put(...texts: string[]): Promise<void> {
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    if (this.used + bytes > this.buffer.length) {
      await this.flush();
      // Only an entry longer than the buffer (a run's largest label lists) grows it.
      if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(bufferCapacity(bytes));
    }
    for (const text of texts) this.used += this.buffer.write(text, this.used);
  }

  async flush(): Promise<void> {
    let written = 0;
    while (written < this.used) {
      const { bytesWritten } = await this.file.write(this.buffer, written, this.used - written);
      written += bytesWritten;
    }
    this.used = 0;
  }
}
