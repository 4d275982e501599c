/**
 * The two measured tasks of `bench/backends.ts`, browser-safe so the Chromium page runs the very same code:
 * `discover` on the Lorenz default (what `mechanist discover` runs) and one MechanisticBlock training epoch
 * (a fixed regression task, `fitAsync`). Each returns its wall time and a number to check it against cpu.
 */
import { Adam, tensor } from "@mechanist/autodiff";
import { loadDataset } from "@mechanist/datasets";
import { compareToTruth, discover, fitAsync, MechanisticBlock } from "../src/index.js";

export interface TaskResult {
  seconds: number;
  /** discover: worst relative coefficient error (Infinity if a term is missing); block: the epoch's loss. */
  check: number;
  spurious?: number;
}

/** `discover` on the Lorenz default of the CLI (noise 0, seed 0, degree 2). */
export async function discoverLorenz(backend: string): Promise<TaskResult> {
  const ds = loadDataset("lorenz", { noise: 0, seed: 0 }) as {
    t: number[];
    x: number[][];
    names: string[];
    trueEquations: Record<string, Record<string, number>>;
  };
  const t0 = performance.now();
  const r = await discover(ds, { degree: 2, backend });
  const seconds = (performance.now() - t0) / 1000;
  const cmp = compareToTruth(r.variables, r.terms, r.coefficients, ds.trueEquations);
  return { seconds, check: cmp.maxRelativeError, spurious: cmp.spurious.length };
}

const EXAMPLES = 256;
const N = 32;

/** Inputs [256, 8] and targets: damped oscillations on N = 32 points whose frequency and damping the input encodes. */
function blockData(): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(EXAMPLES * 8);
  const y = new Float64Array(EXAMPLES * N);
  for (let b = 0; b < EXAMPLES; b++) {
    const omega = 1 + (b % 16) / 8;
    const zeta = 0.05 + Math.floor(b / 16) / 80;
    for (let i = 0; i < 8; i++) x[b * 8 + i] = Math.sin((i + 1) * omega) * (1 - zeta);
    for (let s = 0; s < N; s++) {
      const t = s * 0.1;
      y[b * N + s] = Math.exp(-zeta * omega * t) * Math.cos(omega * t);
    }
  }
  return { x, y };
}

/** One epoch (8 batches of 32) of a MechanisticBlock (order 2, learned steps, N = 32) with Adam. */
export async function blockEpoch(backend: string): Promise<TaskResult> {
  const { x, y } = blockData();
  const block = new MechanisticBlock({
    inputSize: 8,
    nSteps: N,
    hidden: [32],
    stepMode: "learned",
    seed: 0,
    backend,
  });
  const rows = (data: Float64Array, width: number, idx: number[]) => {
    const out = new Float64Array(idx.length * width);
    for (const [k, i] of idx.entries()) out.set(data.subarray(i * width, (i + 1) * width), k * width);
    return out;
  };
  const t0 = performance.now();
  const fitted = await fitAsync({
    model: block,
    optimizer: new Adam(block.parameters(), { lr: 1e-3 }),
    size: EXAMPLES,
    batchSize: 32,
    epochs: 1,
    loss: async (idx) => {
      const { value } = await block.solveAsync(tensor(rows(x, 8, idx), [idx.length, 8]));
      return value
        .sub(tensor(rows(y, N, idx), [idx.length, N, 1]))
        .square()
        .mean();
    },
  });
  return { seconds: (performance.now() - t0) / 1000, check: fitted.history[0]!.trainLoss };
}

export const TASKS = { discover: discoverLorenz, "block epoch": blockEpoch } as const;
export type TaskName = keyof typeof TASKS;
