import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection; nothing where the runtime refuses to expose one.
 *
 * Why: each request leaves garbage in V8's heap (the base64 pieces of a DetectLabels body, the
 * SDK's objects for it), and V8 sizes its heap from the machine's memory (16 GB on a hosted
 * runner), letting it pile up between collections. The image buffers and bodies themselves are
 * freed as they are sent (owned-buffer.ts) and need no collection; what collecting buys is
 * measured at MemoryReclaimer.
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
 * Collects after every `everyBytes` of image data sent as DetectLabels bytes. The buffers
 * themselves are freed as they are sent (owned-buffer.ts); what is left for a collection is
 * the heap's share of each request (base64 pieces, the SDK's objects). 32 MiB, measured at 50
 * TPS and 2 s, bytes, N = 2,000 / 20,000: 126 / 139 MB peak RSS and 9.7 / 104 s of CPU, against
 * 127 / 141 MB and 12.4 / 124 s at 8 MiB, and 147 / 158 MB without collections. Uploads send
 * the buffer itself and are not counted.
 */
export class MemoryReclaimer {
  private sinceCollect = 0;
  collections = 0;

  constructor(
    private readonly collect: () => void,
    private readonly everyBytes = 32 * 1024 * 1024,
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
