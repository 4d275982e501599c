/** `mechanist discover`: equation discovery on a built-in system or a data file. */
import { join } from "node:path";
import { parseDecimal } from "@mechanist/datasets";
import { compareToTruth, type DiscoverResult, discover, sindy } from "@mechanist/mechanistic";
import { backendFlags, resolveBackend } from "../backends.js";
import { MAX_MEMORY_FLAG } from "../budget.js";
import { DATA_SOURCE_FLAGS, type LoadedData, loadFile, loadSystem } from "../data.js";
import { UsageError } from "../errors.js";
import { checkOutputFile, prepareOutputDir, writeOutputs } from "../output.js";
import { PLOT_FILES, renderPlots } from "../plots.js";
import { createProgress } from "../progress.js";
import type { CommandSpec, ParsedCommand } from "../spec/command.js";
import { defineCommand, type Io } from "../spec/define.js";
import { bool, checkedNumber, choice, custom, keyValues, num, numList, text } from "../spec/flags.js";
import { requireFinite, validateSeries } from "../validate.js";
import { checkDiscoverSize } from "./discover-size.js";

const FLAGS = {
  dataset: text({
    arg: "<name>",
    section: "Data",
    help: "lorenz (default), vanderpol, lotka-volterra, damped-oscillator, or any ODE from `mechanist datasets`",
  }),
  system: { ...DATA_SOURCE_FLAGS.system, help: "alias of --dataset" },
  data: DATA_SOURCE_FLAGS.data,
  noise: DATA_SOURCE_FLAGS.noise,
  seed: DATA_SOURCE_FLAGS.seed,
  dt: num({
    arg: "<h>",
    section: "Data",
    positive: true,
    help: "sampling interval of a built-in system",
    defaultText: "the system's",
  }),
  t1: num({
    arg: "<T>",
    section: "Data",
    positive: true,
    help: "end time of a built-in system",
    defaultText: "the system's",
  }),
  x0: numList({ section: "Data", help: "initial state of a built-in system" }),
  params: keyValues({ section: "Data", help: "parameters of a built-in system, e.g. sigma=10,rho=20" }),
  degree: num({
    section: "Model",
    integer: true,
    min: 1,
    max: 5,
    help: "polynomial library degree",
    defaultText: "enough for the system's true terms, else 2",
  }),
  threshold: custom({
    arg: "<x|auto>",
    section: "Model",
    help: `term selection. A number: hard threshold in original units and the only rule (|ξ| < x removes
a term). auto: 0.1 plus automatic rules (contribution protection, backward elimination, BIC
reselection and a significance test on noisy data); the report says which rule and value chose the model`,
    default: "auto" as number | "auto",
    parse: (text, flag) => {
      if (text === "auto") return "auto";
      if (parseDecimal(text) === undefined)
        throw new UsageError(`--${flag} must be auto or a number ≥ 0 (e.g. 0.05), got "${text}"`);
      return checkedNumber(text, flag, { min: 0 });
    },
    examples: { valid: ["auto", "0.05", "0"], invalid: ["-1", "high", ""] },
  }),
  preset: choice(["fast", "published"], {
    arg: "<name>",
    section: "Model",
    help: "fast, or published (window 50, 10 rounds × 400 epochs; slow)",
    defaultText: "fast",
  }),
  window: num({
    section: "Model",
    integer: true,
    min: 3,
    help: "samples per solver window",
    defaultText: "16",
  }),
  rounds: num({
    section: "Model",
    integer: true,
    min: 1,
    help: "maximum thresholding rounds",
    defaultText: "4",
  }),
  epochs: num({
    section: "Model",
    integer: true,
    min: 0,
    max: 100_000,
    help: "Adam epochs per round",
    defaultText: "25",
  }),
  ...backendFlags("Model"),
  "max-memory": MAX_MEMORY_FLAG,
  json: bool({
    section: "Output",
    help: `print exactly one JSON object on stdout: {variables, terms, coefficients (one row per
variable, one column per term), equations, loss (final objective), seconds (wall time),
warnings (strings, e.g. a poor re-simulation fit with advice), standardErrors (per coefficient,
like coefficients; null without refinement), inclusionProbabilities (per term, like coefficients:
the fraction of bootstrap bags of windows that keep the term; null without refinement)}; progress
and messages go to stderr`,
  }),
  out: text({
    arg: "<dir>",
    section: "Output",
    help: `write equations.txt, result.json (full report), checkpoint.json (the model checkpoint,
readable by --resume) and SVG plots: simulation.svg (data vs the re-simulated model),
losses.svg (loss per round), coefficients.svg`,
  }),
  checkpoint: text({
    arg: "<file>",
    section: "Output",
    help: "save progress after every round",
    defaultText: "<dir>/checkpoint.json with --out",
  }),
  resume: bool({ section: "Output", help: "continue from --checkpoint if it exists" }),
  baseline: bool({
    section: "Output",
    help: "also run plain SINDy (STLSQ on finite differences) for comparison",
  }),
  quiet: bool({ section: "Output", help: "no progress output" }),
};

export const DISCOVER = {
  name: "discover",
  summary: "discover governing equations from data (default: Lorenz, clean)",
  description: `Discovers sparse governing equations dx/dt = Θ(x)ξ with a Mechanistic Neural Network (NeuRLP window solves,
Adam, rounds of hard thresholding, exact debiasing). Without options: Lorenz (σ=10, ρ=28, β=8/3), generated
on the fly, clean data.`,
  flags: FLAGS,
  notes: "Exit codes: 0 success, 2 bad command line or input data, 1 internal failure.",
  examples: [
    "mechanist discover",
    "mechanist discover --system lotka-volterra --noise 0.01 --json",
    "mechanist discover --data trajectory.csv --degree 3 --out results/",
  ],
} satisfies CommandSpec<typeof FLAGS>;

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

type Args = ParsedCommand<typeof FLAGS>;

/** Cross-flag rules that the per-flag specs cannot express. */
function checkCombinations({ values: v, given }: Args): void {
  if (given.has("system") && given.has("dataset"))
    throw new UsageError("--system is an alias of --dataset; give only one of them");
  if (given.has("data") && (given.has("system") || given.has("dataset")))
    throw new UsageError("use either --dataset or --data, not both");
  if (given.has("data") && (["noise", "dt", "params", "t1", "x0"] as const).some((f) => given.has(f)))
    throw new UsageError(
      "--noise, --dt, --t1, --x0 and --params apply to built-in systems only (not to --data)",
    );
  if (v.resume && v.checkpoint === undefined && v.out === undefined)
    throw new UsageError("--resume needs --checkpoint <file> or --out <dir>");
}

async function loadSeries({ values: v }: Args): Promise<LoadedData> {
  if (v.data !== undefined) {
    const data = await loadFile(v.data).catch((e: unknown) => {
      throw e instanceof UsageError ? new UsageError(lineMessage((e as Error).message)) : e;
    });
    validateSeries(data, v.data);
    return data;
  }
  return loadSystem(v.dataset ?? v.system ?? "lorenz", {
    noise: v.noise,
    seed: v.seed,
    dt: v.dt,
    t1: v.t1,
    x0: v.x0,
    params: v.params,
  });
}

export const discoverCommand = defineCommand(DISCOVER, async (args, io) => {
  checkCombinations(args);
  const v = args.values;
  const checkpoint = v.checkpoint ?? (v.out !== undefined ? join(v.out, "checkpoint.json") : undefined);
  // Output paths first: a long run must not end in an unwritable directory.
  if (v.out !== undefined) prepareOutputDir("out", v.out, ["result.json", "equations.txt", ...PLOT_FILES]);
  if (checkpoint !== undefined)
    checkOutputFile(v.checkpoint !== undefined ? "checkpoint" : "out", checkpoint, true);
  const data = await loadSeries(args);
  const backend = await resolveBackend(v.backend, v["backend-module"]);
  const degree = v.degree ?? defaultDegree(data);
  checkDiscoverSize(data, degree, v);
  const result = await runDiscovery(data, { ...v, backend }, degree, checkpoint);
  const comparison = data.trueEquations
    ? compareToTruth(result.variables, result.terms, result.coefficients, data.trueEquations)
    : null;
  const baseline = v.baseline ? sindy([data], { degree, threshold: result.selection.threshold }) : null;
  requireFinite(
    result.coefficients.flat(),
    "a discovered coefficient",
    "the fit diverged; check the data's scale or lower --threshold",
  );
  const report = buildReport(data, result, degree, comparison, baseline);
  const failed =
    v.out !== undefined ? writeDiscoverFiles(v.out, data, result, report, checkpoint, v.json, io) : [];
  if (v.json) {
    const { variables, terms, coefficients, equations, warnings, standardErrors, inclusionProbabilities } =
      result;
    const { loss, seconds, selection } = report;
    const object = {
      variables,
      terms,
      coefficients,
      equations,
      loss,
      seconds,
      warnings,
      standardErrors,
      inclusionProbabilities,
      selection,
    };
    io.out.write(`${JSON.stringify(object)}\n`);
  } else io.out.write(formatReport(data, report, result, comparison, baseline?.model.equations() ?? null));
  // The results are on stdout already; a file that could not be written is still the user's to fix.
  if (failed.length > 0) throw new UsageError(`--out: could not write ${failed.join("; ")}`);
  return 0;
});

function writeDiscoverFiles(
  dir: string,
  data: LoadedData,
  result: DiscoverResult,
  report: Report,
  checkpoint: string | undefined,
  json: boolean,
  io: Io,
): string[] {
  const files: Array<[string, string]> = [
    [join(dir, "result.json"), `${JSON.stringify(report, null, 2)}\n`],
    [join(dir, "equations.txt"), `${result.equations.join("\n")}\n`],
    ...renderPlots(dir, data, result),
  ];
  const failed = writeOutputs(files);
  const written = [...files.map(([path]) => path), checkpoint ?? ""].filter(
    (path) => path !== "" && !failed.some((f) => f.startsWith(`${path}:`)),
  );
  // In --json mode stdout carries only the JSON object; the note goes to stderr.
  (json ? io.err : io.out).write(`Wrote ${written.join(", ")}\n`);
  return failed;
}

async function runDiscovery(
  data: LoadedData,
  v: Args["values"],
  degree: number,
  checkpoint: string | undefined,
): Promise<DiscoverResult> {
  const progress = createProgress({ quiet: v.quiet });
  const maxRounds = v.rounds ?? (v.preset === "published" ? 10 : 4);
  try {
    return await discover(data, {
      degree,
      threshold: v.threshold,
      preset: v.preset,
      window: v.window,
      rounds: v.rounds,
      epochs: v.epochs,
      backend: v.backend,
      checkpoint,
      resume: v.resume,
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
    });
  } finally {
    progress.done();
  }
}

type Report = ReturnType<typeof buildReport>;

function buildReport(
  data: LoadedData,
  result: DiscoverResult,
  degree: number,
  comparison: ReturnType<typeof compareToTruth> | null,
  baseline: ReturnType<typeof sindy> | null,
) {
  return {
    equations: result.equations,
    terms: result.terms,
    variables: result.variables,
    coefficients: result.coefficients,
    losses: result.losses.map((l) => l.loss),
    score: result.score,
    loss: finalLoss(result),
    seconds: result.wallTimeMs / 1000,
    wallTimeMs: Math.round(result.wallTimeMs),
    rounds: result.losses,
    trajectoryScore: result.trajectoryScore,
    source: data.name,
    samples: data.t.length,
    degree,
    threshold: result.selection.threshold,
    selection: result.selection,
    warnings: result.warnings,
    simulationError: result.simulationError,
    standardErrors: result.standardErrors,
    inclusionProbabilities: result.inclusionProbabilities,
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
}

/** Rewrites the parser's `file:line:column: message` as `file: line L, column C: message` (and names a missing value). */
export function lineMessage(message: string): string {
  return message
    .replace(/^--data (.*?): \1:(\d+):(\d+): /, "$1: line $2, column $3: ")
    .replace(/ is not a finite (?:decimal )?number: ""$/, " is missing (empty cell)");
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
  report: Report,
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
  // A loop, not Math.min(...steps): spreading ~10⁵ arguments overflows the call stack.
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (let i = 1; i < data.t.length; i++) {
    const step = (data.t[i] as number) - (data.t[i - 1] as number);
    lo = Math.min(lo, step);
    hi = Math.max(hi, step);
  }
  // Irregular sampling is used as is (variable solver steps); the header shows the range of steps.
  const dtText =
    hi - lo <= 1e-9 * hi
      ? `dt = ${Number(lo.toPrecision(6))}`
      : `dt = ${Number(lo.toPrecision(4))}…${Number(hi.toPrecision(4))} (irregular)`;
  lines.push(`Mechanist equation discovery — ${data.name}${params}`);
  // The noise a built-in system was generated with is known; a file's is not, so only the estimate is shown for it.
  const estimated = result.variables
    .map((v, d) => `${v} ${((result.noise[d] ?? 0) * 100).toFixed(1)}%`)
    .join(", ");
  const noiseText = data.params
    ? `noise ${(data.noise * 100).toFixed(1)}% added (estimated ${estimated})`
    : `estimated noise ${estimated}`;
  lines.push(
    `  ${data.t.length} samples, ${dtText}, ${noiseText}; library: ${result.terms.length} terms (degree ${report.degree})`,
  );
  lines.push(`  selection: ${result.selection.description}`);
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
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  return `${lines.join("\n")}\n`;
}
