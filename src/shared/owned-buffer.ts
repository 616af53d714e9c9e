/**
 * Buffers whose memory the run gives back itself, at the moment it is done with them, instead
 * of leaving them to the garbage collector: the image read for a request, and the DetectLabels
 * body made from it. Left to the collector, dead buffers of half a megabyte each piled up for
 * seconds between collections (tens of MB at 50 images a second, more the longer the run), and
 * the C allocator kept the holes they left. Only a buffer allocated here can be freed, so a
 * buffer that something else may still read (a slice of Node's shared pool, the caller's own)
 * is never touched.
 */

/** ES2024's `ArrayBuffer.prototype.transfer`, absent from the ES2023 lib. */
interface Detachable {
  transfer?: (length?: number) => ArrayBuffer;
}

const owned = new WeakSet<ArrayBuffer>();

/** `size` bytes, uninitialized, in memory of their own that freeBuffer may give back. */
export function ownedBuffer(size: number): Buffer {
  const buffer = Buffer.allocUnsafeSlow(size);
  owned.add(buffer.buffer as ArrayBuffer);
  return buffer;
}

/**
 * Gives the memory under `view` back now, if it is an ownedBuffer's: every view of it is empty
 * afterwards. Anything else, or a buffer already freed, is left as it is. The caller must know
 * that nothing reads the bytes any more, the operating system included (a socket's pending
 * write reads them until it completes).
 */
export function freeBuffer(view: Uint8Array): boolean {
  const memory = view.buffer as ArrayBuffer & Detachable;
  // Only this function detaches an owned buffer, and it leaves the set first: a buffer freed
  // once is no longer in it.
  if (!owned.has(memory) || !memory.transfer) return false;
  owned.delete(memory);
  // Detaching drops the backing store, and with it the memory, without waiting for a collection.
  memory.transfer(0);
  return true;
}
