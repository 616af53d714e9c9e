/** Up to this size a buffer is allocated as asked: the C allocator's small bins reuse well. */
const EXACT_UP_TO = 16 * 1024;
/** Size classes per doubling: a buffer is at most 1/4 larger than its file. */
const CLASSES_PER_DOUBLING = 4;

/**
 * The capacity given to a file of `bytes`: one of a few dozen sizes from 16 KB to 16 MB.
 * Allocating each image's exact size, as `readFile` does, asked the C allocator for thousands of
 * different sizes between 20 KB and 15 MB over a run, and it kept the holes they left: peak RSS
 * grew 39% from 2,000 images to 20,000 although the live heap did not (measured at 400 TPS:
 * 185 -> 257 MB). Freed buffers of a few sizes are reused instead. The image files' buffers
 * and the DetectLabels bodies made from them (native-base64.ts) both use these sizes.
 */
export function bufferCapacity(bytes: number): number {
  if (bytes <= EXACT_UP_TO) return bytes;
  const step = 2 ** (Math.floor(Math.log2(bytes)) - Math.log2(CLASSES_PER_DOUBLING));
  return Math.ceil(bytes / step) * step;
}
