/**
 * Binary model file of the German entity tagger.
 *
 * Layout (little endian, every section starts on a 4-byte boundary):
 *
 *   "PXNER\0\0\1"                     8 bytes magic
 *   u32 header length, header JSON    (ModelHeader), padded
 *   u32[rows]    buckets with at least one non-zero weight, ascending
 *   u8[rows]     number of weights in each of those buckets
 *   u8[entries]  label index of each weight
 *   i16[entries] quantised weight (value × scale)
 *   u32[words] u32[words]   lexicon: lower-cased word hash → code
 *   u32[spans] u32[spans]   lexicon: entity name hash → code
 *
 * Loading wraps the file's bytes in typed arrays (no copy) and rebuilds the
 * compressed-row index over all buckets.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_VERSION, Lexicon } from './features.js';
import { NerModel, SparseWeights } from './perceptron.js';
import type { Decoder } from './perceptron.js';

const MAGIC = Uint8Array.from([0x50, 0x58, 0x4e, 0x45, 0x52, 0, 0, 1]); // "PXNER\0\0\1"
const FORMAT_VERSION = 1;

export interface ModelHeader {
  format: 'parallax-ner';
  version: number;
  featureVersion: number;
  language: string;
  labels: string[];
  numBuckets: number;
  decoder: Decoder;
  outsideBias: number;
  scale: number;
  rows: number;
  entries: number;
  words: number;
  spans: number;
  /** Free-form description of the training run (data, licence, epochs, ...). */
  training: Record<string, string | number>;
}

const IS_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialises a trained model (its weights must be sparse). */
export function serializeModel(model: NerModel, training: Record<string, string | number> = {}): Uint8Array {
  if (!IS_LITTLE_ENDIAN) throw new Error('writing NER models needs a little-endian machine');
  const w = model.weights;
  if (!(w instanceof SparseWeights)) throw new Error('only a trained (sparse, averaged) model can be saved');
  const rowBuckets: number[] = [];
  const rowCounts: number[] = [];
  for (let b = 0; b < w.numBuckets; b++) {
    const c = (w.rowStart[b + 1] as number) - (w.rowStart[b] as number);
    if (c === 0) continue;
    rowBuckets.push(b);
    rowCounts.push(c);
  }
  const lex = model.lexicon;
  const header: ModelHeader = {
    format: 'parallax-ner',
    version: FORMAT_VERSION,
    featureVersion: FEATURE_VERSION,
    language: 'de',
    labels: [...model.labels],
    numBuckets: w.numBuckets,
    decoder: model.config.decoder,
    outsideBias: model.config.outsideBias,
    scale: w.scale,
    rows: rowBuckets.length,
    entries: w.entries,
    words: lex.wordKeys.length,
    spans: lex.spanKeys.length,
    training,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sections: Uint8Array[] = [
    MAGIC,
    new Uint8Array(Uint32Array.of(headerBytes.length).buffer),
    headerBytes,
    new Uint8Array(Uint32Array.from(rowBuckets).buffer),
    Uint8Array.from(rowCounts),
    w.labels,
    new Uint8Array(w.values.buffer, w.values.byteOffset, w.values.byteLength),
    ...[lex.wordKeys, lex.wordCodes, lex.spanKeys, lex.spanCodes].map(
      (a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    ),
  ];
  // Magic (8) and the length word (4) are contiguous; everything after starts aligned.
  let size = 12;
  for (const s of sections.slice(2)) size = pad4(size + s.length);
  const out = new Uint8Array(size);
  out.set(MAGIC, 0);
  out.set(sections[1] as Uint8Array, 8);
  let pos = 12;
  for (const s of sections.slice(2)) {
    out.set(s, pos);
    pos = pad4(pos + s.length);
  }
  return out;
}

/** Parses a model file's bytes. Throws on anything that is not a compatible model. */
export function deserializeModel(bytes: Uint8Array): { model: NerModel; header: ModelHeader } {
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC[i]) throw new Error('not a Parallax NER model file');
  }
  // Typed-array views need 4-byte alignment of the underlying offset.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const buffer = data.buffer;
  const base = data.byteOffset;
  const view = new DataView(buffer, base, data.byteLength);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(data.subarray(12, 12 + headerLength))) as ModelHeader;
  if (header.format !== 'parallax-ner' || header.version !== FORMAT_VERSION) {
    throw new Error(`unsupported NER model format ${String(header.format)} v${String(header.version)}`);
  }
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `NER model was trained with feature version ${header.featureVersion}, this code has ${FEATURE_VERSION}: retrain it (npm run train:ner)`,
    );
  }
  let pos = pad4(12 + headerLength);
  const take = (bytesPerItem: number, count: number): number => {
    const start = pos;
    pos = pad4(pos + bytesPerItem * count);
    if (pos > data.byteLength + 3) throw new Error('NER model file is truncated');
    return start;
  };
  const u32 = (count: number): Uint32Array => {
    const at = take(4, count);
    if (IS_LITTLE_ENDIAN) return new Uint32Array(buffer, base + at, count);
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getUint32(at + 4 * i, true);
    return out;
  };
  const rowBuckets = u32(header.rows);
  const rowCounts = new Uint8Array(buffer, base + take(1, header.rows), header.rows);
  const labels = new Uint8Array(buffer, base + take(1, header.entries), header.entries);
  const valuesAt = take(2, header.entries);
  let values: Int16Array;
  if (IS_LITTLE_ENDIAN) values = new Int16Array(buffer, base + valuesAt, header.entries);
  else {
    values = new Int16Array(header.entries);
    for (let i = 0; i < header.entries; i++) values[i] = view.getInt16(valuesAt + 2 * i, true);
  }
  const wordKeys = u32(header.words);
  const wordCodes = u32(header.words);
  const spanKeys = u32(header.spans);
  const spanCodes = u32(header.spans);

  const rowStart = new Uint32Array(header.numBuckets + 1);
  let next = 0;
  let entry = 0;
  for (let r = 0; r < header.rows; r++) {
    const b = rowBuckets[r] as number;
    if (b < next || b >= header.numBuckets) throw new Error('NER model file is corrupt (bucket order)');
    rowStart.fill(entry, next, b + 1);
    entry += rowCounts[r] as number;
    next = b + 1;
  }
  rowStart.fill(entry, next);
  if (entry !== header.entries) throw new Error('NER model file is corrupt (entry count)');

  const weights = new SparseWeights(header.numBuckets, header.labels.length, rowStart, labels, values, header.scale);
  const lexicon = new Lexicon(wordKeys, wordCodes, spanKeys, spanCodes);
  const model = new NerModel(
    { numBuckets: header.numBuckets, decoder: header.decoder, outsideBias: header.outsideBias ?? 0 },
    lexicon, weights, header.labels);
  return { model, header };
}

/** Writes a model file, creating its folder. Returns the number of bytes written. */
export function saveModel(path: string | URL, model: NerModel, training: Record<string, string | number> = {}): number {
  const bytes = serializeModel(model, training);
  mkdirSync(dirname(path instanceof URL ? fileURLToPath(path) : path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes.length;
}

/** Reads a model file synchronously. */
export function loadModel(path: string | URL): { model: NerModel; header: ModelHeader } {
  return deserializeModel(readFileSync(path));
}
