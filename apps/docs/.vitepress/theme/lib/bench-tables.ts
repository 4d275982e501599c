/**
 * Turns whatever JSON a package's benchmark wrote into tables: top-level scalars become a metadata
 * list; every array of objects anywhere in the document becomes a table whose columns are the
 * objects' scalar fields (nested arrays such as raw samples are left out). No format is assumed,
 * so new benchmarks show up without changes here.
 */
export type Cell = string | number | boolean | null;

export interface BenchTable {
  /** Path of the array in the JSON, e.g. "lorenz" or "files.0.groups.0.benchmarks". */
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface BenchFile {
  package: string;
  file: string;
  meta: Array<[string, Cell]>;
  /** When and on what the numbers were measured, as far as the file records it. */
  measured: string;
  tables: BenchTable[];
}

const isScalar = (v: unknown): v is Cell => v === null || ["string", "number", "boolean"].includes(typeof v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// Vitest bench output has ~20 statistics per row; keep the ones a reader compares.
const PREFERRED = ["name", "case", "median", "mean", "p99", "min", "max", "hz", "rme", "sampleCount"];
const MAX_COLUMNS = 9;

function columnsOf(rows: Record<string, unknown>[]): string[] {
  const seen: string[] = [];
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) if (isScalar(v) && !seen.includes(k)) seen.push(k);
  if (seen.length <= MAX_COLUMNS) return seen;
  const picked = PREFERRED.filter((k) => seen.includes(k));
  for (const k of seen) if (picked.length < MAX_COLUMNS && !picked.includes(k) && k !== "id") picked.push(k);
  return picked;
}

function collect(value: unknown, path: string, out: BenchTable[]): void {
  if (Array.isArray(value)) {
    const objects = value.filter(isRecord);
    if (objects.length > 0 && objects.length === value.length) {
      const columns = columnsOf(objects);
      if (columns.length > 0) {
        out.push({
          title: path || "results",
          columns,
          rows: objects.map((o) => columns.map((c) => (isScalar(o[c]) ? o[c] : null))),
        });
      }
      const label = (o: Record<string, unknown>, i: number) =>
        typeof o.name === "string" ? o.name : typeof o.fullName === "string" ? o.fullName : String(i);
      objects.forEach((o, i) => {
        for (const [k, v] of Object.entries(o))
          if (!isScalar(v)) collect(v, `${path ? `${path} › ` : ""}${label(o, i)} › ${k}`, out);
      });
    }
    return;
  }
  if (isRecord(value))
    for (const [k, v] of Object.entries(value))
      if (!isScalar(v)) collect(v, path ? `${path} › ${k}` : k, out);
}

export function benchFile(pkg: string, file: string, json: unknown): BenchFile {
  const meta: Array<[string, Cell]> = isRecord(json)
    ? Object.entries(json).filter((e): e is [string, Cell] => isScalar(e[1]))
    : [];
  const tables: BenchTable[] = [];
  collect(json, "", tables);
  return { package: pkg, file, meta, measured: measuredOn(json), tables };
}

/**
 * "2026-11-29T18:23:50Z · AMD EPYC × 2 cores · Node v20.20.2 · load average 14.9 at start", from the
 * fields our benchmarks write (top level or under `machine`); what a file does not record is said so.
 */
export function measuredOn(json: unknown): string {
  const top = isRecord(json) ? json : {};
  const m = isRecord(top.machine) ? { ...top, ...top.machine } : top;
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const date = m.date ?? m.timestamp;
  const cores = m.cores ?? m.cpus;
  const load = first(m.loadavgAtStart ?? m.loadAvgStart);
  return [
    typeof date === "string" ? date : "date not recorded in the file",
    typeof m.cpu === "string" ? `${m.cpu}${typeof cores === "number" ? ` × ${cores} cores` : ""}` : "",
    typeof m.node === "string" ? `Node ${m.node}` : "",
    typeof load === "number" ? `load average ${load.toFixed(1)} at start` : "",
  ]
    .filter((s) => s !== "")
    .join(" · ");
}

/** Numbers for display: 4 significant digits, integers as they are. */
export function formatCell(v: Cell): string {
  if (typeof v === "number") {
    if (Number.isInteger(v)) return String(v);
    const a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : String(Number(v.toPrecision(4)));
  }
  return v === null ? "" : String(v);
}
