/** `mechanist solve "u'' + 0.3u' + 4u = 0" --init "u=1,u'=0" --t 0:10:0.01`: a linear ODE typed as text, solved by NeuRLP. */
import { estimateSolveBytes, parseLinearOde, sampleLinearOde, solveODE } from "@mechanist/neurlp";
import { backendFlags, resolveBackend } from "../backends.js";
import { checkBudget, MAX_MEMORY_FLAG } from "../budget.js";
import { parseGrid, parseInit } from "../equation/inputs.js";
import { UsageError } from "../errors.js";
import { checkOutputFile, outputFormat, writeOutputFile } from "../output.js";
import type { CommandSpec } from "../spec/command.js";
import { defineCommand } from "../spec/define.js";
import { bool, choice, custom, text } from "../spec/flags.js";
import { checkSolution, SOLVE_TOLERANCE } from "./solve-check.js";

/** The file formats of --out. */
const OUT_FORMATS = { csv: "header t,u,du,...", json: "the --json object" };

const FLAGS = {
  t: custom({
    arg: "<START:END:STEP>",
    help: "time grid (required)",
    parse: (text) => parseGrid(text),
    examples: {
      valid: ["0:10:0.01", "-1:1:0.5"],
      invalid: ["0:10", "0:10:0", "10:0:1", "0:1:0x1", "a:b:c", "0:1:1"],
    },
  }),
  init: text({
    arg: "<u=..,u'=..>",
    help: "initial values at START of u, u', ... from u upward (orders < p; all p of them for --scheme high)",
    defaultText: "none",
  }),
  scheme: choice(["high", "published"], {
    arg: "<name>",
    help: "high: fourth order (windowed marching + Richardson); published: the papers' second-order rows",
    default: "high",
  }),
  smoothness: choice(["central", "continuous"], {
    arg: "<kind>",
    help: "smoothness rows of --scheme published",
    defaultText: "central",
  }),
  ...backendFlags(),
  json: bool({ help: `print only {"t": [...], "u": [[u, u', ...], ...], "backend": "...", "seconds": s}` }),
  out: text({
    arg: "<file.csv|file.json>",
    help: "also write all rows: .csv with header t,u,du,d2u,... (dk u = k-th derivative), or .json as --json prints",
  }),
  "max-memory": MAX_MEMORY_FLAG,
};

export const SOLVE = {
  name: "solve",
  summary: "solve a linear ODE given on the command line",
  positionals: { name: "EQUATION", min: 1, max: 1 },
  description: `Solves a linear ODE in u(t) with coefficients that may depend on t, on the grid START, START+STEP, ..., END,
with NeuRLP, and prints t, u, u', ..., u^(p) (p = order of the equation). The default scheme is the
fourth-order one (windowed marching + Richardson extrapolation; needs --init for u, ..., u^(p-1));
--scheme published selects the papers' second-order rows (one global least-squares solve).

EQUATION: u, u', u'', u''' (or u^(k)), t, numbers (1e-3), + - * / ^, parentheses, sin cos exp log sqrt tanh
abs, pi, e; "0.3u'" means 0.3*u'. Every term is a coefficient in t times one derivative of u, or a function of t.`,
  flags: FLAGS,
  notes:
    `A solution that misses its initial values or the equation by more than ${SOLVE_TOLERANCE.initial} (relative) is an\n` +
    "error (exit 2), with what to change.\n\n" +
    "Exit codes: 0 success, 2 bad command line or equation or an inaccurate solution, 1 internal failure.",
  examples: [
    `mechanist solve "u'' + 0.3u' + 4u = 0" --init "u=1,u'=0" --t 0:10:0.01`,
    `mechanist solve "u' + 2*t*u = 0" --init u=1 --t 0:3:0.001 --json`,
    `mechanist solve "u''' + u' = sin(t)" --init "u=0,u'=1,u''=0" --t 0:10:0.01 --out sol.csv`,
  ],
} satisfies CommandSpec<typeof FLAGS>;

/** CSV/table column names: t, u, du, d2u, d3u, ... */
export function solveColumns(order: number): string[] {
  return ["t", "u", ...Array.from({ length: order }, (_, k) => (k === 0 ? "du" : `d${k + 1}u`))];
}

function formatTable(columns: string[], t: number[], rows: number[][]): string {
  const n = t.length;
  const stride = Math.max(1, Math.ceil((n - 1) / 10));
  const picked: number[] = [];
  for (let i = 0; i < n; i += stride) picked.push(i);
  if (picked[picked.length - 1] !== n - 1) picked.push(n - 1);
  const cells = picked.map((i) => [t[i] as number, ...(rows[i] as number[])].map((v) => v.toPrecision(6)));
  const width = [...columns, ...cells.flat()].reduce((w, c) => Math.max(w, c.length), 0);
  const line = (r: string[]) => r.map((c) => c.padStart(width)).join("  ");
  const note = picked.length < n ? `(${picked.length} of ${n} rows; --out FILE.csv or --json for all)\n` : "";
  return `${line(columns)}\n${cells.map(line).join("\n")}\n${note}`;
}

/** The high-order scheme solves initial-value problems and chooses its own rows. */
function checkSchemeFlags(
  scheme: string,
  smoothness: string | undefined,
  order: number,
  nInit: number,
): void {
  if (scheme !== "high") return;
  if (smoothness !== undefined)
    throw new UsageError(
      "--smoothness selects a variant of the published rows; add --scheme published (the high-order scheme chooses its own rows)",
    );
  if (nInit !== order) {
    const needed = Array.from({ length: order }, (_, k) => (k === 0 ? "u" : `u${"'".repeat(k)}`));
    throw new UsageError(
      `the default high-order scheme solves initial-value problems: give --init for ${needed.join(", ")} ` +
        `(e.g. --init ${needed.map((n) => `${n}=0`).join(",")}), or use --scheme published`,
    );
  }
}

export const solveCommand = defineCommand(SOLVE, async ({ values: v, positionals }, io) => {
  const equation = positionals[0] as string;
  const ode = parseLinearOde(equation);
  const p = ode.order;
  const K = p + 1;
  if (v.t === undefined) throw new UsageError("solve: --t START:END:STEP is required, e.g. --t 0:10:0.01");
  const { t, step } = v.t;
  const initial = v.init === undefined ? [] : parseInit(v.init, p);
  const { scheme } = v;
  const backend = (await resolveBackend(v.backend, v["backend-module"])) ?? "cpu";
  checkSchemeFlags(scheme, v.smoothness, p, initial.length);
  if (v.out !== undefined) checkOutputFile("out", v.out);
  const format = v.out === undefined ? null : outputFormat("out", v.out, OUT_FORMATS);

  const N = t.length;
  // The solver's own estimate plus the rows this command keeps and prints (about 80 bytes per value).
  const bytes = estimateSolveBytes({ lhsBatch: 1, B: 1, N, E: 1, D: 1, K }) + 80 * N * (K + 1);
  checkBudget(bytes, v["max-memory"], `solving on ${N} grid points (order ${p})`, "use a larger STEP in --t");
  const { coefficients, rhs } = sampleLinearOde(ode, t);

  const started = performance.now();
  const sol = await solveODE(
    {
      coefficients: { shape: [1, N, 1, 1, K], data: coefficients },
      rhs: { shape: [1, N, 1], data: rhs },
      initial: initial.length > 0 ? { shape: [1, 1, 1, initial.length], data: initial } : null,
      steps: step,
      nSteps: N,
    },
    {
      backend,
      scheme,
      maxBytes: v["max-memory"] * 2 ** 20,
      ...(scheme === "high" ? {} : { smoothness: v.smoothness ?? "central" }),
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const u = sol.u.data;
  sol.dispose();
  const rows = t.map((_, i) => Array.from(u.subarray(i * K, (i + 1) * K)));
  checkSolution({ u, K, coefficients, rhs, initial, t }, scheme);
  const columns = solveColumns(p);
  const json = `${JSON.stringify({ t, u: rows, backend, seconds })}\n`;
  if (v.out !== undefined) {
    const body = rows
      // String(v) is the shortest text that parses back to the same double: the file loses no digit.
      .map((r, i) => [t[i] as number, ...r].map(String).join(","))
      .join("\n");
    writeOutputFile("out", v.out, format === "json" ? json : `${columns.join(",")}\n${body}\n`);
  }
  if (v.json) io.out.write(json);
  else
    io.out.write(
      `${equation}  (order ${p}, ${N} points, backend ${backend}, ${seconds.toFixed(3)} s)\n${formatTable(columns, t, rows)}`,
    );
  return 0;
});
