import { PerceptronModel } from './perceptron.ts';

/**
 * A compact, dependency-free binary form of a `PerceptronModel`: feature strings, then each
 * feature's non-zero weights quantised to 16 bits. Gzip it for storage (`weights-file.ts`).
 *
 *   "ZPM1" · u32 headerLength · header JSON · u32 featuresLength · features joined by "\n"
 *   · per feature: u8 count · count × (u8 class · i16 weight)
 */
const MAGIC = 'ZPM1';

export interface ModelHeader {
  readonly classes: readonly string[];
  readonly featureCount: number;
  /** Weight = stored i16 × scale. */
  readonly scale: number;
  /** Free-form facts about training (data, seed, epochs, date). */
  readonly meta: Readonly<Record<string, unknown>>;
}

export function encodeModel(model: PerceptronModel, meta: Readonly<Record<string, unknown>> = {}): Uint8Array {
  if (model.classes.length > 255) throw new Error('encodeModel: more than 255 classes');
  let largest = 0;
  const features: string[] = [];
  for (const [feature, row] of model.entries()) {
    features.push(feature);
    for (const w of row) largest = Math.max(largest, Math.abs(w));
  }
  if (features.some((f) => f.includes('\n'))) throw new Error('encodeModel: a feature contains a newline');
  const scale = largest > 0 ? largest / 32767 : 1;
  const header: ModelHeader = { classes: model.classes, featureCount: features.length, scale, meta };
  const encoder = new TextEncoder();
  const headerBytes = encoder.encode(JSON.stringify(header));
  const featureBytes = encoder.encode(features.join('\n'));
  const body: number[] = [];
  for (const [, row] of model.entries()) {
    const cells: Array<[number, number]> = [];
    for (let c = 0; c < row.length; c++) {
      const q = Math.round(row[c] / scale);
      if (q !== 0) cells.push([c, q]);
    }
    body.push(cells.length);
    for (const [c, q] of cells) body.push(c, q & 0xff, (q >> 8) & 0xff);
  }
  const out = new Uint8Array(4 + 4 + headerBytes.length + 4 + featureBytes.length + body.length);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(encoder.encode(MAGIC), at); at += 4;
  view.setUint32(at, headerBytes.length, true); at += 4;
  out.set(headerBytes, at); at += headerBytes.length;
  view.setUint32(at, featureBytes.length, true); at += 4;
  out.set(featureBytes, at); at += featureBytes.length;
  out.set(body, at);
  return out;
}

export function decodeModel(bytes: Uint8Array): { model: PerceptronModel; header: ModelHeader } {
  const decoder = new TextDecoder();
  if (bytes.length < 12 || decoder.decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('decodeModel: not a zegsman model (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 4;
  const headerLength = view.getUint32(at, true); at += 4;
  const header = JSON.parse(decoder.decode(bytes.subarray(at, at + headerLength))) as ModelHeader;
  at += headerLength;
  const featureLength = view.getUint32(at, true); at += 4;
  const featureText = decoder.decode(bytes.subarray(at, at + featureLength));
  at += featureLength;
  const features = header.featureCount === 0 ? [] : featureText.split('\n');
  if (features.length !== header.featureCount) throw new Error('decodeModel: feature count does not match header');
  const n = header.classes.length;
  const weights = new Float32Array(features.length * n);
  for (let r = 0; r < features.length; r++) {
    const count = bytes[at++];
    for (let k = 0; k < count; k++) {
      const c = bytes[at];
      const q = view.getInt16(at + 1, true);
      at += 3;
      weights[r * n + c] = q * header.scale;
    }
  }
  if (at !== bytes.length) throw new Error('decodeModel: trailing or missing bytes');
  return { model: new PerceptronModel(header.classes, features, weights), header };
}
