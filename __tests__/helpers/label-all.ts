import { type BatchOptions, labelImages } from '../../src/action/image-batch.js';
import type { ImageResult } from '../../src/action/image-result.js';
import { MemoryResults } from '../../src/action/result-list.js';

/** labelImages with every result kept in memory, in the order of the files. */
export async function labelAll(
  files: Parameters<typeof labelImages>[0],
  plan: Parameters<typeof labelImages>[1],
  services: Parameters<typeof labelImages>[2],
  options: Omit<BatchOptions, 'keep'> & { onResult?: (result: ImageResult) => void },
): Promise<{ results: ImageResult[]; aborted?: string }> {
  const store = new MemoryResults();
  const { onResult, ...rest } = options;
  const outcome = await labelImages(files, plan, services, {
    ...rest,
    keep: (index, result) => {
      store.put(index, result);
      onResult?.(result);
    },
  });
  return { ...outcome, results: store.toArray() };
}
