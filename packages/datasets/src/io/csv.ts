import { CsvParseError } from "../errors.js";
import { parseDecimal } from "./decimal.js";

export interface Table {
  t: number[];
  x: number[][];
  names: string[];
}

/** CSV with header `t,<names...>`, one row per time, numbers at full precision (round-trips exactly). */
export function toCsv({ t, x, names }: Table): string {
  const lines = [["t", ...names].join(",")];
  for (let i = 0; i < t.length; i++) lines.push([t[i], ...x[i]].map(String).join(","));
  return `${lines.join("\n")}\n`;
}

/**
 * Parses CSV written by toCsv or by `numpy.savetxt(..., delimiter=",", header="t,x,y", comments="")`.
 * Errors name the file, the 1-based line and the 1-based character column.
 */
export function parseCsv(text: string, file = "<csv>"): Table {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  if (lines.length === 0) throw new CsvParseError(file, 1, 1, "empty file; expected a header line `t,x,...`");
  const header = lines[0].split(",").map((h) => h.trim());
  if (header[0] !== "t") {
    throw new CsvParseError(file, 1, 1, `first header field must be "t" (got "${header[0]}")`);
  }
  if (header.length < 2) throw new CsvParseError(file, 1, lines[0].length + 1, "header has no state columns");
  const names = header.slice(1);
  const t: number[] = [];
  const x: number[][] = [];
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (line.trim() === "") throw new CsvParseError(file, li + 1, 1, "empty line inside the data");
    const fields = line.split(",");
    if (fields.length !== header.length) {
      throw new CsvParseError(
        file,
        li + 1,
        line.length + 1,
        `expected ${header.length} fields (header: ${header.join(",")}) but found ${fields.length}`,
      );
    }
    let col = 1;
    const row: number[] = [];
    for (let k = 0; k < fields.length; k++) {
      // Strict decimals: Number() would read 0x10 as 16, 0b101 as 5 and "" as 0.
      const v = parseDecimal(fields[k].trim());
      if (v === undefined) {
        throw new CsvParseError(
          file,
          li + 1,
          col,
          `field "${header[k]}" is not a finite decimal number: "${fields[k]}"`,
        );
      }
      row.push(v);
      col += fields[k].length + 1;
    }
    t.push(row[0]);
    x.push(row.slice(1));
  }
  return { t, x, names };
}
