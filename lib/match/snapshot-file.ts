/**
 * An engine snapshot (engine.ts `EngineSnapshot`) as one file of bytes, for
 * shipping the bundled index's engine with the extension: a JSON header
 * holding everything but the typed arrays, which follow it as raw bytes and
 * come back as views over the file, never copied number by number. Loading
 * it is one JSON.parse of the header; nothing is evaluated as a script.
 *
 * Layout: MAGIC (8 bytes) · header length (uint32, little-endian) · header
 * (UTF-8 JSON) · padding to 8 bytes · each typed array at an offset that is
 * a multiple of 8, in the byte order of the machine that wrote it (checked
 * on reading: every browser Jejak runs in is little-endian).
 */

const MAGIC = 'JEJAKSN1';
/** Where the header starts: after MAGIC and its length. */
const HEADER_AT = MAGIC.length + 4;
/** Every typed array starts at a multiple of its largest element size (Float64Array). */
const ALIGN = 8;
/** The key marking a typed array in the header; no snapshot field is named so. */
const TYPED = '\u0000typed';

const TYPED_ARRAYS = { Int32Array, Uint32Array, Float32Array, Float64Array, Uint8Array, Int8Array, Uint16Array, Int16Array } as const;
type TypedName = keyof typeof TYPED_ARRAYS;
type AnyTyped = InstanceType<(typeof TYPED_ARRAYS)[TypedName]>;

interface TypedRef { [TYPED]: TypedName; at: number; length: number }

export class SnapshotFileError extends Error {
  override name = 'SnapshotFileError';
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function typedName(value: unknown): TypedName | undefined {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return undefined;
  const name = value.constructor.name as TypedName;
  return name in TYPED_ARRAYS ? name : undefined;
}

const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** The snapshot (any plain data with typed arrays in it) as the bytes of a snapshot file. */
export function encodeSnapshotFile(value: unknown): Uint8Array {
  if (!littleEndian) throw new SnapshotFileError('snapshot files are written on little-endian machines only');
  const arrays: AnyTyped[] = [];
  let at = 0;
  const header = JSON.stringify(value, (_key, v: unknown) => {
    const name = typedName(v);
    if (!name) return v;
    const array = v as AnyTyped;
    const ref: TypedRef = { [TYPED]: name, at, length: array.length };
    arrays.push(array);
    at = aligned(at + array.byteLength);
    return ref;
  });
  const headerBytes = new TextEncoder().encode(header);
  const dataAt = aligned(HEADER_AT + headerBytes.length);
  const out = new Uint8Array(dataAt + at);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, HEADER_AT);
  let offset = dataAt;
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset = aligned(offset + array.byteLength);
  }
  return out;
}

/** The snapshot in a snapshot file; its typed arrays are views over `buffer`, which must not change afterwards. */
export function decodeSnapshotFile(buffer: ArrayBuffer): unknown {
  if (!littleEndian) throw new SnapshotFileError('snapshot files are read on little-endian machines only');
  if (buffer.byteLength < HEADER_AT || new TextDecoder().decode(new Uint8Array(buffer, 0, MAGIC.length)) !== MAGIC) {
    throw new SnapshotFileError('not a Jejak snapshot file');
  }
  const headerLength = new DataView(buffer).getUint32(MAGIC.length, true);
  if (HEADER_AT + headerLength > buffer.byteLength) throw new SnapshotFileError('snapshot file cut short in its header');
  const dataAt = aligned(HEADER_AT + headerLength);
  const header = new TextDecoder().decode(new Uint8Array(buffer, HEADER_AT, headerLength));
  const typed = (ref: TypedRef): AnyTyped => {
    const Ctor = TYPED_ARRAYS[ref[TYPED]];
    if (!Ctor || !Number.isInteger(ref.at) || !Number.isInteger(ref.length) || ref.at < 0 || ref.length < 0) {
      throw new SnapshotFileError('snapshot file with a malformed array');
    }
    const start = dataAt + ref.at;
    if (start + ref.length * Ctor.BYTES_PER_ELEMENT > buffer.byteLength) throw new SnapshotFileError('snapshot file cut short in its arrays');
    return new Ctor(buffer, start, ref.length);
  };
  // A plain parse, then the array references put in place: JSON.parse with a
  // reviver calls it for every value of a header of millions (several times slower).
  const place = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) value[i] = place(item);
      }
      return value;
    }
    if (TYPED in value) return typed(value as TypedRef);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item !== 'object' || item === null) continue;
      const placed = place(item);
      // Defined, not assigned: a key named "__proto__" stays a key.
      if (placed !== item) Object.defineProperty(record, key, { value: placed, writable: true, enumerable: true, configurable: true });
    }
    return record;
  };
  return place(JSON.parse(header));
}
