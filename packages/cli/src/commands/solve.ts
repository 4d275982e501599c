/** `mechanist solve`: a linear ODE with constant coefficients, solved by NeuRLP, printed as CSV or JSON. */
import { writeFileSync } from "node:fs";
import { listBackends, solveODE } from "@mechanist/neurlp";
import { listFlag, numberFlag, parse, stringFlag } from "../args.js";
import { UsageError } from "../errors.js";

export const SOLVE_HELP = `Usage: mechanist solve --coefficients c0,c1,...,cp [options]

Solves c0·u + c1·u' + ... + cp·u^(p) = rhs on a uniform grid with NeuRLP and prints t, u, u', ..., u^(p).
Example: u'' + 0.3u' + 4u = 0, u(0) = 1, u'(0) = 0:
  mechanist solve --coefficients 4,0.3,1 --initial 1,0 --steps 0.01 --n 1000

  --coefficients <list>  c0,...,cp for u, u', ..., u^(p) (order p = length − 1 ≥ 1)
  --initial <list>       u(0), u'(0), ... (at most p values; default none)
  --rhs <x>              constant right-hand side (default 0)
  --steps <h>            step size (default 0.01)
  --n <N>                number of grid points (default 1000)
  --smoothness <kind>    central (default) or continuous
  --backend <name>       NeuRLP backend (default cpu)
  --json                 JSON {t, u: [[u, u', ...], ...]} instead of CSV
  --out <file>           write to a file (.csv or .json) instead of stdout
  -h, --help             this help
`;

const FLAGS = {
  coefficients: { type: "string" },
  initial: { type: "string" },
  rhs: { type: "string" },
  steps: { type: "string" },
  n: { type: "string" },
  smoothness: { type: "string" },
  backend: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export async function runSolve(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse("solve", argv, FLAGS);
  if (values.help) {
    out.write(SOLVE_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`solve: unexpected argument "${positionals[0]}"; flags start with --`);
  const coefficients = listFlag("coefficients", values.coefficients);
  if (!coefficients)
    throw new UsageError(
      "solve: --coefficients is required, e.g. --coefficients 4,0.3,1 for 4u + 0.3u' + u'' = 0",
    );
  if (coefficients.length < 2)
    throw new UsageError("--coefficients needs at least two values (c0 for u, c1 for u')");
  const K = coefficients.length;
  const initial = listFlag("initial", values.initial) ?? [];
  if (initial.length > K - 1)
    throw new UsageError(
      `--initial has ${initial.length} values; an order-${K - 1} equation takes at most ${K - 1}`,
    );
  const rhs = numberFlag("rhs", values.rhs) ?? 0;
  const h = numberFlag("steps", values.steps, { min: Number.MIN_VALUE }) ?? 0.01;
  const n = numberFlag("n", values.n, { integer: true, min: 3 }) ?? 1000;
  const smoothness = stringFlag(values.smoothness) ?? "central";
  if (smoothness !== "central" && smoothness !== "continuous")
    throw new UsageError(`--smoothness must be central or continuous, got "${smoothness}"`);
  const backend = stringFlag(values.backend);
  if (backend !== undefined && !listBackends().includes(backend)) {
    throw new UsageError(
      `--backend: unknown backend "${backend}"; registered backends: ${listBackends().join(", ")}`,
    );
  }
  const sol = await solveODE(
    {
      coefficients: { shape: [1, 1, 1, 1, K], data: coefficients },
      rhs: { shape: [1, 1, 1], data: [rhs] },
      initial: initial.length > 0 ? { shape: [1, 1, 1, initial.length], data: initial } : null,
      steps: h,
      nSteps: n,
    },
    { backend, smoothness },
  );
  const u = sol.u.data;
  const t = Array.from({ length: n }, (_, i) => i * h);
  const rows = t.map((_, i) => Array.from(u.subarray(i * K, (i + 1) * K)));
  const outFile = stringFlag(values.out);
  const asJson = Boolean(values.json) || outFile?.toLowerCase().endsWith(".json");
  const header = ["t", "u", ...Array.from({ length: K - 1 }, (_, k) => `u${"'".repeat(k + 1)}`)];
  const text = asJson
    ? `${JSON.stringify({ columns: header, t, u: rows })}\n`
    : `${header.join(",")}\n${rows.map((r, i) => [t[i], ...r].map((v) => Number(v.toPrecision(12))).join(",")).join("\n")}\n`;
  if (outFile) writeFileSync(outFile, text);
  else out.write(text);
  return 0;
}
