import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection; nothing where the runtime refuses to expose one.
 *
 * Why: each image sent becomes a base64 JSON body larger than the file. The file's buffer and
 * the body are garbage once sent, but V8 sizes its heap from the machine's memory (16 GB on a
 * hosted runner) and lets dead buffers pile up between collections. Measured at 50 TPS and 2 s
 * a call (N = 2,000, docs/benchmarks.md): 203 MB (bytes) and 306 MB (S3) peak RSS without this
 * and the bounded young generation, 151 and 177 MB with them.
 * The benchmark's memory rows run once more without both (REKOGNITION_LABEL_V8_TUNING=off),
 * so what they buy stays measured. Node's documentation warns that changing flags after
 * start-up may misbehave; both are only ever tried, and a runtime that refuses keeps its own
 * heuristics.
 */
export function fullCollector(): () => void {
  // Looked up on the first collection, not at start-up: the new context it takes costs
  // milliseconds before the first request, and a run with no large body never needs it.
  let gc: (() => void) | null | undefined;
  return () => {
    if (gc === undefined) gc = exposedGc();
    gc?.();
  };
}

function exposedGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}

/**
 * Collects after every `everyBytes` of image data sent as DetectLabels bytes (8 MiB: a
 * collection costs a few ms). Uploads send the buffer itself and are not counted.
 */
export class MemoryReclaimer {
  private sinceCollect = 0;
  collections = 0;

  constructor(
    private readonly collect: () => void,
    private readonly everyBytes = 8 * 1024 * 1024,
  ) {}

  released(bytes: number): void {
    this.sinceCollect += bytes;
    if (this.sinceCollect < this.everyBytes) return;
    this.sinceCollect = 0;
    this.collections++;
    this.collect();
  }
}

/**
 * Keeps V8's young generation at its starting size. Left to grow, it reached 50 MB of
 * committed heap holding 17 MB of live objects, because request bodies survive long enough to
 * look worth a bigger nursery. Smaller nurseries mean more, cheaper scavenges; the measured
 * cost was within noise (bench, memory scenario).
 */
export function boundYoungGeneration(): void {
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // A runtime without the flag keeps its own heuristics.
  }
}
