import { PerceptronModel } from './perceptron.ts';

/**
 * A compact, dependency-free binary form of a `PerceptronModel`: the feature keys sorted and
 * stored as variable-length deltas, then each feature's non-zero weights quantised to 16 bits.
 * Gzip it for storage (`weights-file.ts`).
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
  if (model.classes.length > 255) throw new Error('encodeModel: more than 255 classes');
  const rows = [...model.entries()].sort((a, b) => a[0] - b[0]);
  let largest = 0;
  for (const [, row] of rows) for (const w of row) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / 32767 : 1;
  const header: ModelHeader = { classes: model.classes, featureCount: rows.length, scale, meta };
  const out = new ByteWriter();
  out.raw(new TextEncoder().encode(MAGIC));
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  out.u32(headerBytes.length);
  out.raw(headerBytes);
  let previous = 0;
  for (const [key] of rows) {
    out.varint(key - previous);
    previous = key;
  }
  for (const [, row] of rows) {
    let count = 0;
    for (let c = 0; c < row.length; c++) if (Math.round(row[c] / scale) !== 0) count++;
    out.byte(count);
    for (let c = 0; c < row.length; c++) {
      const q = Math.round(row[c] / scale);
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
  const keys = new Uint32Array(count);
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
  const n = header.classes.length;
  const weights = new Float32Array(count * n);
  for (let r = 0; r < count; r++) {
    const cells = bytes[at++];
    for (let k = 0; k < cells; k++) {
      const c = bytes[at];
      const q = view.getInt16(at + 1, true);
      at += 3;
      weights[r * n + c] = q * header.scale;
    }
  }
  if (at !== bytes.length) throw new Error('decodeModel: trailing or missing bytes');
  return { model: new PerceptronModel(header.classes, keys, weights), header };
}
