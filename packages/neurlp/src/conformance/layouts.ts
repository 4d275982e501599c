import type { Smoothness } from "../backend.js";
import type { OdeInputs } from "../core/problem.js";
import { NeurlpValueError } from "../errors.js";
import { rng } from "./random.js";

/**
 * Input layouts for the kernel-level cases: which axes of each input are given in full and which
 * broadcast (size 1). A backend's kernels see these as `BroadcastArray.batch` / `.time` and must
 * index them alike for every shape; a kernel specialised on a shape must compile for each of them.
 */
export interface Layout {
  /** Short label used in failure messages. */
  label: string;
  B: number;
  N: number;
  E: number;
  D: number;
  K: number;
  nIvSteps: number;
  nIv: number;
  smoothness: Smoothness;
  /** Coefficients `[B|1, N|1, E, D, K]`: own per batch element? own per step? */
  coefficients: { perBatch: boolean; perStep: boolean };
  /** Right-hand side `[B|1, N|1, E]`. */
  rhs: { perBatch: boolean; perStep: boolean };
  /** Initial values `[B|1, nIvSteps, D, nIv]`. */
  initialPerBatch: boolean;
  /** "scalar": one number for the whole grid; "shared": `[1, N − 1]`; "per-batch": `[B, N − 1]`. */
  steps: "scalar" | "shared" | "per-batch";
}

const every = { perBatch: true, perStep: true };
const constantPerSystem = { perBatch: true, perStep: false };
const sharedVarying = { perBatch: false, perStep: true };
const sharedConstant = { perBatch: false, perStep: false };

/**
 * The grid: every combination of per-batch/shared and per-step/constant appears for coefficients
 * and rhs, with B ∈ {1, 2, 3, 4}, E ≥ D (so the problems are well posed), K ∈ {2, 3, 4}, both row
 * types, N not a multiple of the band width, one and two initial steps, and two layouts of the same
 * sizes. "B3-constant" (inputs given once per system) is the layout of the report that found a
 * right-hand-side kernel which compiled for no layout at all.
 */
export const LAYOUTS: readonly Layout[] = [
  {
    label: "B3-constant",
    B: 3,
    N: 5,
    E: 1,
    D: 1,
    K: 3,
    nIvSteps: 1,
    nIv: 2,
    smoothness: "central",
    coefficients: constantPerSystem,
    rhs: constantPerSystem,
    initialPerBatch: true,
    steps: "scalar",
  },
  {
    // the same sizes as B3-constant, every axis in full: a kernel cache keyed by sizes alone mixes them up
    label: "B3-varying",
    B: 3,
    N: 5,
    E: 1,
    D: 1,
    K: 3,
    nIvSteps: 1,
    nIv: 2,
    smoothness: "central",
    coefficients: every,
    rhs: every,
    initialPerBatch: true,
    steps: "per-batch",
  },
  {
    label: "B3-shared-varying-continuous",
    B: 3,
    N: 6,
    E: 2,
    D: 2,
    K: 3,
    nIvSteps: 1,
    nIv: 2,
    smoothness: "continuous",
    coefficients: sharedVarying,
    rhs: every,
    initialPerBatch: false,
    steps: "shared",
  },
  {
    label: "B1-K2",
    B: 1,
    N: 4,
    E: 1,
    D: 1,
    K: 2,
    nIvSteps: 1,
    nIv: 1,
    smoothness: "central",
    coefficients: every,
    rhs: every,
    initialPerBatch: true,
    steps: "per-batch",
  },
  {
    label: "B2-K4-two-initial-steps",
    B: 2,
    N: 7,
    E: 3,
    D: 2,
    K: 4,
    nIvSteps: 2,
    nIv: 2,
    smoothness: "central",
    coefficients: every,
    rhs: sharedConstant,
    initialPerBatch: true,
    steps: "per-batch",
  },
  {
    label: "B4-D3-shared-constant-continuous",
    B: 4,
    N: 5,
    E: 3,
    D: 3,
    K: 2,
    nIvSteps: 1,
    nIv: 1,
    smoothness: "continuous",
    coefficients: sharedConstant,
    rhs: constantPerSystem,
    initialPerBatch: false,
    steps: "scalar",
  },
  {
    label: "B3-rhs-shared-varying",
    B: 3,
    N: 9,
    E: 1,
    D: 1,
    K: 3,
    nIvSteps: 1,
    nIv: 2,
    smoothness: "central",
    coefficients: constantPerSystem,
    rhs: sharedVarying,
    initialPerBatch: true,
    steps: "shared",
  },
];

type Flat = { shape: number[]; data: Float64Array };

function uniform(r: () => number, shape: number[], lo: number, hi: number): Flat {
  const size = shape.reduce((a, b) => a * b, 1);
  return { shape, data: new Float64Array(size).map(() => lo + (hi - lo) * r()) };
}

/**
 * Seeded inputs in `layout`: coefficients and rhs in (−1, 1) with the diagonal coefficient of each
 * dimension's top derivative in (1, 2) (well posed whatever the draw), steps in (0.1, 0.5).
 */
export function layoutInputs(seed: number, L: Layout): OdeInputs {
  const r = rng(seed);
  const lead = (a: { perBatch: boolean; perStep: boolean }) => [a.perBatch ? L.B : 1, a.perStep ? L.N : 1];
  const coefficients = uniform(r, [...lead(L.coefficients), L.E, L.D, L.K], -1, 1);
  const per = L.E * L.D * L.K;
  for (let o = 0; o < coefficients.data.length; o += per) {
    for (let d = 0; d < L.D; d++) coefficients.data[o + (d * L.D + d) * L.K + L.K - 1] = 1 + r();
  }
  const rhs = uniform(r, [...lead(L.rhs), L.E], -1, 1);
  const initial = uniform(r, [L.initialPerBatch ? L.B : 1, L.nIvSteps, L.D, L.nIv], -1, 1);
  if (L.steps === "scalar") return { coefficients, rhs, initial, steps: 0.1 + 0.4 * r(), nSteps: L.N };
  const steps = uniform(r, [L.steps === "shared" ? 1 : L.B, L.N - 1], 0.1, 0.5);
  return { coefficients, rhs, initial, steps };
}

/** The layout labelled `label` (a typo throws). */
export function layoutNamed(label: string): Layout {
  const L = LAYOUTS.find((l) => l.label === label);
  if (!L) throw new NeurlpValueError(`no conformance layout "${label}"`);
  return L;
}
