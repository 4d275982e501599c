import { NpyFormatError } from "../errors.js";

/** A C-ordered float array as stored in a .npy file. */
export interface NpyArray {
  shape: number[];
  data: Float64Array;
  /** Element type on disk: float64 ("<f8") or float32 ("<f4"), little-endian. */
  dtype: "<f8" | "<f4";
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/**
 * Reads NumPy .npy bytes (format version 1.0, 2.0 or 3.0; dtype <f8 or <f4; C order). Errors name
 * the offending header field ("magic", "version", "descr", "fortran_order", "shape", "data").
 */
export function readNpy(bytes: Uint8Array, file = "<npy>"): NpyArray {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new NpyFormatError(file, "magic", "missing the \\x93NUMPY signature (not a .npy file)");
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number;
  let offset: number;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    offset = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new NpyFormatError(file, "version", "truncated header length");
    headerLen = view.getUint32(8, true);
    offset = 12;
  } else {
    throw new NpyFormatError(
      file,
      "version",
      `unsupported format version ${major}.${bytes[7]} (1.0, 2.0, 3.0 are)`,
    );
  }
  if (offset + headerLen > bytes.length)
    throw new NpyFormatError(file, "header", "header runs past the end of the file");
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(
    bytes.subarray(offset, offset + headerLen),
  );
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  if (descr === undefined) throw new NpyFormatError(file, "descr", "missing 'descr' in header");
  if (descr !== "<f8" && descr !== "<f4") {
    throw new NpyFormatError(
      file,
      "descr",
      `dtype '${descr}' is not supported; save as little-endian float64/float32 (x.astype('<f8'))`,
    );
  }
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  if (fortran === undefined)
    throw new NpyFormatError(file, "fortran_order", "missing 'fortran_order' in header");
  if (fortran === "True") {
    throw new NpyFormatError(
      file,
      "fortran_order",
      "Fortran-ordered arrays are not supported; save np.ascontiguousarray(x)",
    );
  }
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (shapeText === undefined) throw new NpyFormatError(file, "shape", "missing 'shape' in header");
  const shape = shapeText
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const v = Number(s);
      if (!/^\d{1,15}$/.test(s) || !Number.isSafeInteger(v))
        throw new NpyFormatError(file, "shape", `bad dimension "${s}" (expected a non-negative integer)`);
      return v;
    });
  const count = shape.reduce((a, b) => a * b, 1);
  const size = descr === "<f8" ? 8 : 4;
  const start = offset + headerLen;
  if (bytes.length - start !== count * size) {
    throw new NpyFormatError(
      file,
      "data",
      `shape (${shape.join(", ")}) needs ${count * size} bytes of ${descr} but the file has ${bytes.length - start}`,
    );
  }
  const data = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    data[i] = size === 8 ? view.getFloat64(start + 8 * i, true) : view.getFloat32(start + 4 * i, true);
  }
  return { shape, data, dtype: descr };
}

/** Writes .npy bytes (C order, little-endian). Version 1.0 unless the header needs 2.0. */
export function writeNpy(
  array: { shape: number[]; data: ArrayLike<number> },
  dtype: "<f8" | "<f4" = "<f8",
): Uint8Array {
  const count = array.shape.reduce((a, b) => a * b, 1);
  if (count !== array.data.length) {
    throw new NpyFormatError(
      "<write>",
      "shape",
      `shape (${array.shape.join(", ")}) does not match ${array.data.length} values`,
    );
  }
  const shape = array.shape.length === 1 ? `(${array.shape[0]},)` : `(${array.shape.join(", ")})`;
  let dict = `{'descr': '${dtype}', 'fortran_order': False, 'shape': ${shape}, }`;
  const version = dict.length + 11 > 65535 ? 2 : 1;
  const pre = version === 1 ? 10 : 12;
  const pad = (64 - ((pre + dict.length + 1) % 64)) % 64;
  dict = `${dict}${" ".repeat(pad)}\n`;
  const size = dtype === "<f8" ? 8 : 4;
  const out = new Uint8Array(pre + dict.length + count * size);
  out.set(MAGIC, 0);
  out[6] = version;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, dict.length, true);
  else view.setUint32(8, dict.length, true);
  for (let i = 0; i < dict.length; i++) out[pre + i] = dict.charCodeAt(i);
  const start = pre + dict.length;
  for (let i = 0; i < count; i++) {
    if (size === 8) view.setFloat64(start + 8 * i, array.data[i], true);
    else view.setFloat32(start + 4 * i, array.data[i], true);
  }
  return out;
}

/** number[][] (rows) → a 2-D NpyArray. */
export function matrixToNpy(x: readonly number[][], dtype: "<f8" | "<f4" = "<f8"): NpyArray {
  const cols = x[0]?.length ?? 0;
  const data = new Float64Array(x.length * cols);
  x.forEach((r, i) => {
    if (r.length !== cols)
      throw new NpyFormatError("<write>", "shape", `row ${i} has ${r.length} values, not ${cols}`);
    data.set(r, i * cols);
  });
  return { shape: [x.length, cols], data, dtype };
}

/** A 2-D NpyArray → number[][] rows (a 1-D array becomes one column). */
export function npyToMatrix(a: NpyArray, file = "<npy>"): number[][] {
  if (a.shape.length === 1) return Array.from(a.data, (v) => [v]);
  if (a.shape.length !== 2)
    throw new NpyFormatError(file, "shape", `expected 1 or 2 dimensions, got ${a.shape.length}`);
  const [rows, cols] = a.shape;
  return Array.from({ length: rows }, (_, i) => Array.from(a.data.subarray(i * cols, (i + 1) * cols)));
}
