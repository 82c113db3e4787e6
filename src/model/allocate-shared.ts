/**
 * Typed arrays on a `SharedArrayBuffer`: posted to a worker thread (`workerData`, `postMessage`)
 * they are shared, not copied, so a model's big read-only arrays are held once however many
 * threads analyse with it (see `share-artifacts.ts`). Reads and writes cost the same as on an
 * ordinary buffer.
 */
export interface TypedArrayType<T> {
  new (buffer: SharedArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A zero-filled typed array of `length` elements on shared memory. */
export function allocateShared<T>(type: TypedArrayType<T>, length: number): T {
  return new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT));
}

/** A copy of `array` on shared memory with room for `length` elements (or cut to `length`). */
export function resizeShared<T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(array: T, length: number): T {
  const resized = allocateShared(array.constructor as TypedArrayType<T>, length);
  resized.set(array.subarray(0, Math.min(array.length, length)) as never);
  return resized;
}
