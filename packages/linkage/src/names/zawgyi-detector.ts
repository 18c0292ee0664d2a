// Zawgyi detection: the Markov model of Google's myanmar-tools (Apache-2.0, Copyright 2017 Google
// LLC), ported because the npm release 1.2.0 cannot be loaded (see zawgyi-converter.ts). The model
// bytes are the package's resources/zawgyiUnicodeModel.dat, base64 in zawgyi-model.json.
import model from "./zawgyi-model.json" with { type: "json" };

// Code point ranges that have their own Markov state; every other code point is state 0.
const RANGES: [number, number][] = [
  [0x1000, 0x103f],
  [0x104a, 0x109f],
  [0xaa60, 0xaa7f],
  [0xa9e0, 0xa9ff],
  [0x2000, 0x200b],
];

function stateOf(cp: number, withSpaces: boolean): number {
  let offset = 1;
  for (let r = 0; r < RANGES.length; r++) {
    const [lo, hi] = RANGES[r]!;
    if (cp >= lo && cp <= hi && (r < 4 || withSpaces)) return cp - lo + offset;
    offset += hi - lo + 1;
  }
  return 0;
}

interface Markov {
  size: number;
  withSpaces: boolean;
  /** log P(unicode) − log P(zawgyi) per transition, row-major size × size. */
  delta: Float32Array;
}

function decodeBase64(text: string): DataView {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new DataView(bytes.buffer);
}

// Layout (see myanmar-tools' zawgyi_detector.ts): 8-byte model tag, uint32 version (2 adds a state
// set id), then the BinaryMarkov: 12-byte tag+version, int16 size, per row int16 entry count,
// float32 fallback, then (int16 column, float32 value) pairs.
function readModel(view: DataView): Markov {
  let at = 8;
  const version = view.getUint32(at);
  at += 4;
  let ssv = 0;
  if (version === 2) {
    ssv = view.getUint32(at);
    at += 4;
  }
  at += 12;
  const size = view.getInt16(at);
  at += 2;
  const delta = new Float32Array(size * size);
  for (let i = 0; i < size; i++) {
    let entries = view.getInt16(at);
    at += 2;
    let fallback = 0;
    if (entries !== 0) {
      fallback = view.getFloat32(at);
      at += 4;
    }
    let next = -1;
    for (let j = 0; j < size; j++) {
      if (entries > 0 && next < j) {
        next = view.getInt16(at);
        at += 2;
        entries--;
      }
      if (next === j) {
        delta[i * size + j] = view.getFloat32(at);
        at += 4;
      } else {
        delta[i * size + j] = fallback;
      }
    }
  }
  return { size, withSpaces: ssv === 0, delta };
}

let markov: Markov | undefined;

/**
 * Probability (0–1) that Burmese text is Zawgyi rather than Unicode; -Infinity when the text has
 * no Myanmar code point. The model is decoded on first use.
 */
export function detectZawgyiProbability(text: string): number {
  markov ??= readModel(decodeBase64(model.base64));
  const { size, withSpaces, delta } = markov;
  let prev = 0;
  let total = 0;
  let seen = false;
  for (let i = 0; i <= text.length; i++) {
    const state = i === text.length ? 0 : stateOf(text.charCodeAt(i), withSpaces);
    if (prev !== 0 || state !== 0) {
      total += delta[prev * size + state] ?? 0;
      seen = true;
    }
    prev = state;
  }
  return seen ? 1 / (1 + Math.exp(total)) : Number.NEGATIVE_INFINITY;
}
