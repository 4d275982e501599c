import { readFile, writeFile } from "node:fs/promises";
import { parseCsv, type Table, toCsv } from "./io/csv.js";
import { parseJson, toJson } from "./io/json.js";
import { type NpyArray, readNpy, writeNpy } from "./io/npy.js";

// Node-only file helpers (`@mechanist/datasets/node`), kept out of the main entry so that browser bundles
// never see `node:fs`. The parsers and writers they wrap (parseCsv, readNpy, ...) work on strings and
// bytes anywhere.

/** Reads a CSV file into a `Table` (`parseCsv`). */
export async function readCsvFile(path: string): Promise<Table> {
  return parseCsv(await readFile(path, "utf8"), path);
}

/** Writes a `Table` as CSV (`toCsv`). */
export async function writeCsvFile(path: string, table: Table): Promise<void> {
  await writeFile(path, toCsv(table));
}

/** Reads a JSON table file (`parseJson`). */
export async function readJsonFile(path: string) {
  return parseJson(await readFile(path, "utf8"), path);
}

/** Writes a `Table` as JSON (`toJson`). */
export async function writeJsonFile(path: string, table: Table): Promise<void> {
  await writeFile(path, toJson(table));
}

/** Reads a NumPy `.npy` file (`readNpy`). */
export async function readNpyFile(path: string): Promise<NpyArray> {
  return readNpy(new Uint8Array(await readFile(path)), path);
}

/** Writes a NumPy `.npy` file (`writeNpy`). */
export async function writeNpyFile(
  path: string,
  array: { shape: number[]; data: ArrayLike<number> },
  dtype: "<f8" | "<f4" = "<f8",
): Promise<void> {
  await writeFile(path, writeNpy(array, dtype));
}
