/** `mechanist discover`: equation discovery on a built-in system or a data file. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareToTruth, type DiscoverResult, discover, sindy } from "@mechanist/mechanistic";
import { listBackends } from "@mechanist/neurlp";
import { listFlag, numberFlag, parse, stringFlag } from "../args.js";
import { DATA_SOURCE_FLAGS, type LoadedData, loadFile, loadSystem } from "../data.js";
import { UsageError } from "../errors.js";
import { writePlots } from "../plots.js";
import { createProgress } from "../progress.js";
import { validateSeries } from "../validate.js";

export const DISCOVER_HELP = `Usage: mechanist discover [options]

Discovers sparse governing equations dx/dt = Θ(x)ξ with a Mechanistic Neural Network (NeuRLP window solves,
Adam, rounds of hard thresholding, exact debiasing). Without options: Lorenz (σ=10, ρ=28, β=8/3), generated
on the fly, clean data.

Data
  --dataset <name>     lorenz (default), vanderpol, lotka-volterra, damped-oscillator, or any ODE from \`mechanist datasets\`
  --system <name>      alias of --dataset
  --data <file>        .csv with a header row: first column t, the others the state variables (their header names
                       are the variable names, e.g. t,x,y gives dx/dt, dy/dt). t must strictly increase; irregular
                       sampling is used as is (NeuRLP takes variable steps, no resampling). Also .json ({names,t,x})
                       or .npy ([samples, 1 + variables], column 0 = t). Bad rows are reported by line (exit code 2).
  --noise <level>      relative Gaussian noise added to a built-in system (0.01 = 1% of each variable's std)
  --seed <n>           seed of the noise (default 0)
  --dt <h>             sampling interval of a built-in system (default: the system's)
  --t1 <T>             end time of a built-in system (default: the system's)
  --x0 <a,b,...>       initial state of a built-in system
  --params <k=v,...>   parameters of a built-in system, e.g. sigma=10,rho=20

Model
  --degree <n>         polynomial library degree (default: enough for the system's true terms, else 2)
  --threshold <x>      hard threshold in original units (default 0.1)
  --preset <name>      fast (default) or published (window 50, 10 rounds × 400 epochs; slow)
  --window <n>         samples per solver window (default 16)
  --rounds <n>         maximum thresholding rounds (default 4)
  --epochs <n>         Adam epochs per round (default 25)
  --backend <name>     NeuRLP backend (default cpu)

Output
  --json               print exactly one JSON object on stdout: {variables, terms, coefficients (one row per
                       variable, one column per term), equations, loss (final objective), seconds (wall time)};
                       progress and messages go to stderr
  --out <dir>          write equations.txt, result.json (full report), checkpoint.json (the model checkpoint,
                       readable by --resume) and SVG plots: simulation.svg (data vs the re-simulated model),
                       losses.svg (loss per round), coefficients.svg
  --checkpoint <file>  save progress after every round (default with --out: <dir>/checkpoint.json)
  --resume             continue from --checkpoint if it exists
  --baseline           also run plain SINDy (STLSQ on finite differences) for comparison
  --quiet              no progress output
  -h, --help           this help
`;

const FLAGS = {
  ...DATA_SOURCE_FLAGS,
  dataset: { type: "string" },
  dt: { type: "string" },
  t1: { type: "string" },
  x0: { type: "string" },
  params: { type: "string" },
  degree: { type: "string" },
  threshold: { type: "string" },
  preset: { type: "string" },
  window: { type: "string" },
  rounds: { type: "string" },
  epochs: { type: "string" },
  backend: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  checkpoint: { type: "string" },
  resume: { type: "boolean" },
  baseline: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parseParams(value: string | undefined): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const part of value.split(",")) {
    const [k, v] = part.split("=");
    const n = Number(v);
    if (!k || v === undefined || !Number.isFinite(n))
      throw new UsageError(`--params: "${part}" is not key=number (e.g. sigma=10,rho=28)`);
    out[k.trim()] = n;
  }
  return out;
}

function termDegree(term: string): number {
  if (term === "1") return 0;
  return term.split("*").reduce((n, f) => n + (f.includes("^") ? Number(f.split("^")[1]) : 1), 0);
}

/** The smallest polynomial degree (at least 2) that contains every true term; 2 without a known truth. */
export function defaultDegree(data: LoadedData): number {
  if (!data.trueEquations) return 2;
  let deg = 2;
  for (const eq of Object.values(data.trueEquations))
    for (const term of Object.keys(eq)) deg = Math.max(deg, termDegree(term));
  return Number.isFinite(deg) ? deg : 2;
}

export async function runDiscover(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse("discover", argv, FLAGS);
  if (values.help) {
    out.write(DISCOVER_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`discover: unexpected argument "${positionals[0]}"; flags start with --`);
  if (values.system !== undefined && values.dataset !== undefined)
    throw new UsageError("--system is an alias of --dataset; give only one of them");
  const systemName = stringFlag(values.dataset) ?? stringFlag(values.system);
  if (systemName !== undefined && values.data !== undefined)
    throw new UsageError("use either --dataset or --data, not both");
  const noise = numberFlag("noise", values.noise, { min: 0, max: 1 });
  const seed = numberFlag("seed", values.seed, { integer: true, min: 0 });
  const degree = numberFlag("degree", values.degree, { integer: true, min: 1, max: 5 });
  const threshold = numberFlag("threshold", values.threshold, { min: 0 });
  const window = numberFlag("window", values.window, { integer: true, min: 3 });
  const rounds = numberFlag("rounds", values.rounds, { integer: true, min: 1 });
  const epochs = numberFlag("epochs", values.epochs, { integer: true, min: 0 });
  const preset = stringFlag(values.preset);
  if (preset !== undefined && preset !== "fast" && preset !== "published")
    throw new UsageError(`--preset must be "fast" or "published", got "${preset}"`);
  const backend = stringFlag(values.backend);
  if (backend !== undefined && !listBackends().includes(backend)) {
    throw new UsageError(
      `--backend: unknown backend "${backend}"; registered backends: ${listBackends().join(", ")}`,
    );
  }
  const outDir = stringFlag(values.out);
  const checkpoint =
    stringFlag(values.checkpoint) ?? (outDir !== undefined ? join(outDir, "checkpoint.json") : undefined);
  if (values.resume && !checkpoint) throw new UsageError("--resume needs --checkpoint <file> or --out <dir>");
  const dataPath = stringFlag(values.data);
  if (
    dataPath !== undefined &&
    (noise !== undefined || values.dt !== undefined || values.params !== undefined)
  ) {
    throw new UsageError("--noise, --dt and --params apply to built-in systems only (not to --data)");
  }
  const data = dataPath
    ? await loadFile(dataPath).catch((e: unknown) => {
        throw e instanceof UsageError ? new UsageError(lineMessage((e as Error).message)) : e;
      })
    : loadSystem(systemName ?? "lorenz", {
        noise,
        seed,
        dt: numberFlag("dt", values.dt, { min: 0 }),
        t1: numberFlag("t1", values.t1, { min: 0 }),
        x0: listFlag("x0", values.x0),
        params: parseParams(stringFlag(values.params)),
      });
  if (dataPath !== undefined) validateSeries(data, dataPath);
  if (outDir !== undefined) mkdirSync(outDir, { recursive: true });
  const json = Boolean(values.json);
  const progress = createProgress({ quiet: Boolean(values.quiet) });
  const deg = degree ?? defaultDegree(data);
  const maxRounds = rounds ?? (preset === "published" ? 10 : 4);
  let result: DiscoverResult;
  try {
    result = await discover(
      { t: data.t, y: data.x },
      {
        variables: data.names,
        degree: deg,
        threshold,
        preset: preset as "fast" | "published" | undefined,
        window,
        rounds,
        epochs,
        backend,
        checkpoint,
        resume: Boolean(values.resume),
        onProgress: (p) => {
          if (p.stage === "train" && p.epoch !== undefined && p.epochs) {
            progress.update(
              `round ${p.round}/${maxRounds}`,
              p.epoch / p.epochs,
              `loss ${p.loss?.toExponential(3)}`,
            );
          } else if (p.stage === "threshold") {
            progress.log(`round ${p.round}: loss ${p.loss?.toExponential(3)}, ${p.activeTerms} active terms`);
          } else if (p.stage === "debias") {
            progress.update("debias", 1, "exact refit of the active terms");
          }
        },
      },
    );
  } finally {
    progress.done();
  }
  const comparison = data.trueEquations
    ? compareToTruth(result.variables, result.terms, result.coefficients, data.trueEquations)
    : null;
  const baseline = values.baseline
    ? sindy([{ t: data.t, y: data.x }], { variables: data.names, degree: deg, threshold })
    : null;
  const loss = finalLoss(result);
  const seconds = result.wallTimeMs / 1000;
  const report = {
    equations: result.equations,
    terms: result.terms,
    variables: result.variables,
    coefficients: result.coefficients,
    losses: result.losses.map((l) => l.loss),
    score: result.score,
    loss,
    seconds,
    wallTimeMs: Math.round(result.wallTimeMs),
    rounds: result.losses,
    trajectoryScore: result.trajectoryScore,
    source: data.name,
    samples: data.t.length,
    degree: deg,
    threshold: threshold ?? 0.1,
    noise: data.noise,
    estimatedNoise: result.noise,
    ...(data.params ? { params: data.params } : {}),
    ...(comparison
      ? {
          truth: data.trueEquations,
          maxRelativeError: comparison.maxRelativeError,
          missing: comparison.missing,
          spurious: comparison.spurious,
        }
      : {}),
    ...(baseline
      ? {
          baseline: {
            method: "SINDy (STLSQ, finite differences)",
            equations: baseline.model.equations(),
            coefficients: baseline.model.coefficients,
            wallTimeMs: Math.round(baseline.wallTimeMs),
          },
        }
      : {}),
  };
  if (outDir !== undefined) {
    writeFileSync(join(outDir, "result.json"), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(outDir, "equations.txt"), `${result.equations.join("\n")}\n`);
    const plots = await writePlots(outDir, data, result);
    const files = [join(outDir, "equations.txt"), join(outDir, "result.json"), checkpoint ?? "", ...plots];
    // In --json mode stdout carries only the JSON object; the note goes to stderr.
    (json ? process.stderr : out).write(`Wrote ${files.filter(Boolean).join(", ")}\n`);
  }
  if (json) {
    const { variables, terms, coefficients, equations } = result;
    out.write(`${JSON.stringify({ variables, terms, coefficients, equations, loss, seconds })}\n`);
    return 0;
  }
  out.write(formatReport(data, report, result, comparison, baseline?.model.equations() ?? null));
  return 0;
}

/** Rewrites the parser's `file:line:column: message` as `file: line L, column C: message` (and names a missing value). */
export function lineMessage(message: string): string {
  return message
    .replace(/^--data (.*?): \1:(\d+):(\d+): /, "$1: line $2, column $3: ")
    .replace(/ is not a finite number: ""$/, " is missing (empty cell)");
}

/** The final objective: the window loss of the last stage (train, debias or refine) that reported one. */
function finalLoss(result: DiscoverResult): number {
  const last = result.losses[result.losses.length - 1];
  if (!last || !Number.isFinite(last.loss))
    throw new Error(`discover returned no finite final loss (${last ? last.loss : "no rounds"})`);
  return last.loss;
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(2)}%` : "∞ (a true term is missing)";
}

function formatReport(
  data: LoadedData,
  report: {
    degree: number;
    threshold: number;
    wallTimeMs: number;
    score: number;
    trajectoryScore: number | null;
  },
  result: DiscoverResult,
  comparison: ReturnType<typeof compareToTruth> | null,
  baseline: string[] | null,
): string {
  const lines: string[] = [];
  const params = data.params
    ? ` (${Object.entries(data.params)
        .map(([k, v]) => `${k}=${Number(v.toPrecision(6))}`)
        .join(", ")})`
    : "";
  const steps = data.t.slice(1).map((t, i) => t - data.t[i]);
  const lo = Math.min(...steps);
  const hi = Math.max(...steps);
  // Irregular sampling is used as is (variable solver steps); the header shows the range of steps.
  const dtText =
    hi - lo <= 1e-9 * hi
      ? `dt = ${Number(lo.toPrecision(6))}`
      : `dt = ${Number(lo.toPrecision(4))}…${Number(hi.toPrecision(4))} (irregular)`;
  lines.push(`Mechanist equation discovery — ${data.name}${params}`);
  lines.push(
    `  ${data.t.length} samples, ${dtText}, noise ${(data.noise * 100).toFixed(1)}%; library: ${result.terms.length} terms (degree ${report.degree}), threshold ${report.threshold}`,
  );
  lines.push("");
  lines.push("  round  stage    loss          active terms  epochs");
  for (const l of result.losses) {
    lines.push(
      `  ${String(l.round).padStart(5)}  ${l.stage.padEnd(7)}  ${l.loss.toExponential(4).padEnd(12)}  ${String(l.activeTerms).padStart(12)}  ${String(l.epochs).padStart(6)}`,
    );
  }
  lines.push("");
  lines.push("Discovered equations:");
  for (const e of result.equations) lines.push(`  ${e}`);
  if (comparison) {
    const total = comparison.terms.length;
    lines.push("");
    lines.push(
      `Against the true equations: ${total - comparison.missing.length}/${total} true terms found, max coefficient error ${pct(comparison.maxRelativeError)}, ${comparison.spurious.length} spurious term(s)`,
    );
    for (const s of comparison.spurious)
      lines.push(`  spurious: d${s.variable}/dt term ${s.term} = ${s.coefficient.toPrecision(3)}`);
  }
  if (baseline) {
    lines.push("");
    lines.push("Plain SINDy (STLSQ on finite differences) for comparison:");
    for (const e of baseline) lines.push(`  ${e}`);
  }
  lines.push("");
  lines.push(
    `Goodness of fit: R² of derivatives ${report.score.toFixed(6)}, R² of a simulation over the first ${result.horizon} samples ${report.trajectoryScore === null ? "n/a (diverged)" : report.trajectoryScore.toFixed(6)}`,
  );
  lines.push(`Wall time: ${(report.wallTimeMs / 1000).toFixed(2)} s`);
  return `${lines.join("\n")}\n`;
}
