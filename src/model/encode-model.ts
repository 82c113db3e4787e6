import { allocateShared } from './allocate-shared.ts';
import { PerceptronModel } from './perceptron.ts';

/**
 * A compact, dependency-free binary form of a `PerceptronModel`: the feature keys sorted and
 * stored as variable-length deltas, then each feature's non-zero weights quantised to 16 bits.
 * Gzip it for storage (`weights-file.ts`). The weights are stored exactly as the model holds them.
 * A decoded model's arrays lie on shared memory, so worker threads can read them (`share-artifacts.ts`).
 *
 *   "ZPM2" · u32 headerLength · header JSON
 *   · featureCount × varint (key − previous key), keys ascending
 *   · per feature, same order: u8 count · count × (u8 class · i16 weight)
 */
const MAGIC = 'ZPM2';

export interface ModelHeader {
  readonly classes: readonly string[];
  readonly featureCount: number;
  /** Weight = stored i16 × scale. */
  readonly scale: number;
  /** Free-form facts about training (data, seed, epochs, date). */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** A byte buffer that grows as it is written. */
class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = value & 0xff;
  }

  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }

  u32(value: number): void {
    for (let i = 0; i < 4; i++) this.byte((value >>> (8 * i)) & 0xff);
  }

  raw(bytes: Uint8Array): void {
    for (const b of bytes) this.byte(b);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function encodeModel(model: PerceptronModel, meta: Readonly<Record<string, unknown>> = {}): Uint8Array {
  const n = model.classes.length;
  if (n > 255) throw new Error('encodeModel: more than 255 classes');
  const { keys, weights, scale } = model.quantised();
  const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
  const header: ModelHeader = { classes: model.classes, featureCount: keys.length, scale, meta };
  const out = new ByteWriter();
  out.raw(new TextEncoder().encode(MAGIC));
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  out.u32(headerBytes.length);
  out.raw(headerBytes);
  let previous = 0;
  for (const r of order) {
    out.varint(keys[r] - previous);
    previous = keys[r];
  }
  for (const r of order) {
    let count = 0;
    for (let c = 0; c < n; c++) if (weights[r * n + c] !== 0) count++;
    out.byte(count);
    for (let c = 0; c < n; c++) {
      const q = weights[r * n + c];
      if (q === 0) continue;
      out.byte(c);
      out.byte(q & 0xff);
      out.byte((q >> 8) & 0xff);
    }
  }
  return out.result();
}

export function decodeModel(bytes: Uint8Array): { model: PerceptronModel; header: ModelHeader } {
  const decoder = new TextDecoder();
  if (bytes.length < 8 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error(`decodeModel: not a zegsman model (expected magic ${MAGIC})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 4;
  const headerLength = view.getUint32(at, true);
  at += 4;
  const header = JSON.parse(decoder.decode(bytes.subarray(at, at + headerLength))) as ModelHeader;
  at += headerLength;
  const count = header.featureCount;
  const keys = allocateShared(Uint32Array, count);
  let previous = 0;
  for (let r = 0; r < count; r++) {
    let delta = 0;
    let factor = 1;
    let b: number;
    do {
      if (at >= bytes.length) throw new Error('decodeModel: truncated feature keys');
      b = bytes[at++];
      delta += (b & 0x7f) * factor;
      factor *= 128;
    } while (b >= 0x80);
    previous += delta;
    keys[r] = previous;
  }
  const offsets = allocateShared(Int32Array, count);
  // Each feature's row takes 1 + 3 × cells bytes, so the bytes left say how many cells there are (no scan first).
  const rowBytes = bytes.length - at - count;
  if (rowBytes < 0 || rowBytes % 3 !== 0) throw new Error('decodeModel: trailing or missing bytes');
  const cells = allocateShared(Int16Array, count + (rowBytes / 3) * 2);
  const classCount = header.classes.length;
  let out = 0;
  for (let r = 0; r < count; r++) {
    const n = bytes[at++];
    if (out + 1 + 2 * n > cells.length) throw new Error('decodeModel: truncated weights');
    offsets[r] = out;
    cells[out++] = n;
    for (let k = 0; k < n; k++) {
      const c = bytes[at];
      if (c >= classCount) throw new Error(`decodeModel: class ${c} of feature ${r} is not one of the ${classCount} classes`);
      cells[out++] = c;
      cells[out++] = bytes[at + 1] | (bytes[at + 2] << 8);
      at += 3;
    }
  }
  if (at !== bytes.length || out !== cells.length) throw new Error('decodeModel: trailing or missing bytes');
  return { model: new PerceptronModel(header.classes, keys, { cells, offsets }, header.scale), header };
}
