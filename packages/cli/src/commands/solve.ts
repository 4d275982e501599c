/** `mechanist solve "u'' + 0.3u' + 4u = 0" --init u=1,u'=0 --t 0:10:0.01`: a linear ODE typed as text, solved by NeuRLP. */
import { writeFileSync } from "node:fs";
import { listBackends, solveODE } from "@mechanist/neurlp";
import { parse, stringFlag } from "../args.js";
import { parseEquation, toLinearOde } from "../equation/index.js";
import { parseGrid, parseInit } from "../equation/inputs.js";
import { UsageError } from "../errors.js";

export const SOLVE_HELP = `Usage: mechanist solve EQUATION --t START:END:STEP [options]

Solves a linear ODE in u(t) with coefficients that may depend on t, on the grid START, START+STEP, ..., END,
with NeuRLP, and prints t, u, u', ..., u^(p) (p = order of the equation).
Examples:
  mechanist solve "u'' + 0.3u' + 4u = 0" --init u=1,u'=0 --t 0:10:0.01
  mechanist solve "u' + 2*t*u = 0" --init u=1 --t 0:3:0.001 --json
  mechanist solve "u''' + u' = sin(t)" --init u=0,u'=1,u''=0 --t 0:10:0.01 --out sol.csv

EQUATION: u, u', u'', u''' (or u^(k)), t, numbers (1e-3), + - * / ^, parentheses, sin cos exp log sqrt tanh
abs, pi, e; "0.3u'" means 0.3*u'. Every term is a coefficient in t times one derivative of u, or a function of t.

  --t <START:END:STEP>   time grid (required)
  --init <u=..,u'=..>    initial values at START of u, u', ... from u upward (orders < p; default none)
  --smoothness <kind>    central (default) or continuous
  --backend <name>       NeuRLP backend (default cpu)
  --json                 print only {"t": [...], "u": [[u, u', ...], ...], "backend": "...", "seconds": s}
  --out <file.csv>       also write all rows as CSV with header t,u,du,d2u,... (dk u = k-th derivative)
  -h, --help             this help

Exit codes: 0 success, 2 bad command line or equation, 1 internal failure.
`;

const FLAGS = {
  init: { type: "string" },
  t: { type: "string" },
  smoothness: { type: "string" },
  backend: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

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
  const width = Math.max(...columns.map((c) => c.length), ...cells.flat().map((c) => c.length));
  const line = (r: string[]) => r.map((c) => c.padStart(width)).join("  ");
  const note = picked.length < n ? `(${picked.length} of ${n} rows; --out FILE.csv or --json for all)\n` : "";
  return `${line(columns)}\n${cells.map(line).join("\n")}\n${note}`;
}

export async function runSolve(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse("solve", argv, FLAGS);
  if (values.help) {
    out.write(SOLVE_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? `solve: give the equation as one quoted argument, e.g. mechanist solve "u'' + 0.3u' + 4u = 0" --init u=1,u'=0 --t 0:10:0.01`
        : `solve: expected one equation, got ${positionals.length} arguments (quote the equation: "u' + u = 0")`,
    );
  const equation = positionals[0] as string;
  const ode = toLinearOde(parseEquation(equation));
  const p = ode.order;
  const K = p + 1;
  const gridText = stringFlag(values.t);
  if (gridText === undefined)
    throw new UsageError("solve: --t START:END:STEP is required, e.g. --t 0:10:0.01");
  const { t, step } = parseGrid(gridText);
  const initText = stringFlag(values.init);
  const initial = initText === undefined ? [] : parseInit(initText, p);
  const smoothness = stringFlag(values.smoothness) ?? "central";
  if (smoothness !== "central" && smoothness !== "continuous")
    throw new UsageError(`--smoothness must be central or continuous, got "${smoothness}"`);
  const backend = stringFlag(values.backend) ?? "cpu";
  if (!listBackends().includes(backend))
    throw new UsageError(
      `--backend: unknown backend "${backend}"; registered backends: ${listBackends().join(", ")}`,
    );

  const N = t.length;
  const coefficients = new Float64Array(N * K);
  const rhs = new Float64Array(N);
  const derivative = (k: number) => (k === 0 ? "u" : `u${"'".repeat(k)}`);
  let leadingNonZero = false;
  for (let i = 0; i < N; i++) {
    const ti = t[i] as number;
    for (let k = 0; k < K; k++) {
      const c = ode.coefficient(k, ti);
      if (!Number.isFinite(c))
        throw new UsageError(
          `the coefficient of ${derivative(k)} is ${c} at t = ${ti}; choose a grid where it is finite`,
        );
      coefficients[i * K + k] = c;
    }
    if (coefficients[i * K + p] !== 0) leadingNonZero = true;
    const f = ode.forcing(ti);
    if (!Number.isFinite(f))
      throw new UsageError(`the right-hand side is ${f} at t = ${ti}; choose a grid where it is finite`);
    rhs[i] = f;
  }
  if (!leadingNonZero)
    throw new UsageError(
      `the coefficient of ${derivative(p)} is 0 at every grid point; simplify the equation`,
    );

  const started = performance.now();
  const sol = await solveODE(
    {
      coefficients: { shape: [1, N, 1, 1, K], data: coefficients },
      rhs: { shape: [1, N, 1], data: rhs },
      initial: initial.length > 0 ? { shape: [1, 1, 1, initial.length], data: initial } : null,
      steps: step,
      nSteps: N,
    },
    { backend, smoothness },
  );
  const seconds = (performance.now() - started) / 1000;
  const u = sol.u.data;
  sol.dispose();
  const rows = t.map((_, i) => Array.from(u.subarray(i * K, (i + 1) * K)));
  // NeuRLP meets initial values in the least-squares sense: on a grid too coarse for the equation
  // they are visibly missed, so say so instead of printing a quietly wrong trajectory.
  const ivMiss = initial.reduce((m, v, k) => Math.max(m, Math.abs(u[k]! - v) / Math.max(1, Math.abs(v))), 0);
  if (ivMiss > 1e-3)
    process.stderr.write(
      `mechanist solve: warning: the solution misses the initial values by ${ivMiss.toPrecision(2)} ` +
        "(relative); the grid is too coarse for this equation: use a smaller STEP in --t\n",
    );
  const columns = solveColumns(p);
  const outFile = stringFlag(values.out);
  if (outFile !== undefined) {
    const body = rows
      .map((r, i) => [t[i] as number, ...r].map((v) => Number(v.toPrecision(12))).join(","))
      .join("\n");
    writeFileSync(outFile, `${columns.join(",")}\n${body}\n`);
  }
  if (values.json) out.write(`${JSON.stringify({ t, u: rows, backend, seconds })}\n`);
  else
    out.write(
      `${equation}  (order ${p}, ${N} points, backend ${backend}, ${seconds.toFixed(3)} s)\n${formatTable(columns, t, rows)}`,
    );
  return 0;
}
