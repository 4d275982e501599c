import { choleskySolve } from "@mechanist/autodiff";
import type { OdeProblem } from "../backend.js";
import { OdeArray } from "../core/arrays.js";
import { buildProblem, type OdeInputs, type ProblemOptions } from "../core/problem.js";
import { NeurlpSingularError } from "../errors.js";

/**
 * Dense reference solver, for tests and benchmarks only: builds every constraint row of
 * the package README's Formulation section explicitly (independently of the band assembler), forms the dense normal
 * matrix AᵀW²A of size N·D·K and solves it with a dense Cholesky. O((N·D·K)³) time.
 */

export interface DenseRow {
  /** Global unknown indices (s·n + d·K + k) and their coefficients. */
  idx: number[];
  val: number[];
  rhs: number;
  weight: number;
}

/** The constraint rows of batch element b, in the order equation, initial, smoothness. */
export function denseRows(p: OdeProblem, b: number): DenseRow[] {
  const { N, E, D, K, nIvSteps, nIv } = p.dims;
  const n = D * K;
  const P = K - 1;
  const rows: DenseRow[] = [];
  const { coefficients: c, rhs, initial, steps } = p;
  const at = (s: number, d: number, k: number) => s * n + d * K + k;
  const fact = (m: number): number => (m <= 1 ? 1 : m * fact(m - 1));
  const hOf = (s: number) => steps.data[(steps.batch === 1 ? 0 : b) * (N - 1) + s]!;
  for (let s = 0; s < N; s++) {
    for (let e = 0; e < E; e++) {
      const row: DenseRow = { idx: [], val: [], rhs: 0, weight: p.weights.equation };
      const cOff = ((c.batch === 1 ? 0 : b) * c.time + (c.time === 1 ? 0 : s)) * E * n + e * n;
      for (let d = 0; d < D; d++)
        for (let k = 0; k < K; k++) {
          row.idx.push(at(s, d, k));
          row.val.push(c.data[cOff + d * K + k]!);
        }
      row.rhs = rhs.data[((rhs.batch === 1 ? 0 : b) * rhs.time + (rhs.time === 1 ? 0 : s)) * E + e]!;
      rows.push(row);
    }
  }
  for (let s = 0; s < nIvSteps; s++)
    for (let d = 0; d < D; d++)
      for (let k = 0; k < nIv; k++) {
        const v = initial.data[(((initial.batch === 1 ? 0 : b) * nIvSteps + s) * D + d) * nIv + k]!;
        rows.push({ idx: [at(s, d, k)], val: [1], rhs: v, weight: p.weights.initial });
      }
  const top = p.smoothness === "central" ? P - 1 : P;
  for (let d = 0; d < D; d++) {
    for (let s = 0; s < N - 1; s++) {
      const h = hOf(s);
      for (let i = 0; i <= top; i++) {
        // forward about s
        const fw: DenseRow = { idx: [], val: [], rhs: 0, weight: p.weights.smoothness };
        for (let j = i; j <= P; j++) {
          fw.idx.push(at(s, d, j));
          fw.val.push(h ** j / fact(j - i));
        }
        fw.idx.push(at(s + 1, d, i));
        fw.val.push(-(h ** i));
        rows.push(fw);
        // backward about s+1
        const g = -h;
        const bw: DenseRow = { idx: [], val: [], rhs: 0, weight: p.weights.smoothness };
        for (let j = i; j <= P; j++) {
          bw.idx.push(at(s + 1, d, j));
          bw.val.push(g ** j / fact(j - i));
        }
        bw.idx.push(at(s, d, i));
        bw.val.push(-(g ** i));
        rows.push(bw);
      }
    }
    if (p.smoothness === "central") {
      for (let s = 1; s < N - 1; s++) {
        const H = hOf(s - 1) + hOf(s);
        rows.push({
          idx: [at(s + 1, d, P - 1), at(s - 1, d, P - 1), at(s, d, P)],
          val: [H ** (P - 2), -(H ** (P - 2)), -(H ** (P - 1))],
          rhs: 0,
          weight: p.weights.smoothness,
        });
      }
    }
  }
  return rows;
}

/** Dense normal matrix (row-major, size n×n with n = N·D·K) and right-hand side of batch element b. */
export function denseNormal(p: OdeProblem, b: number): { M: Float64Array; beta: Float64Array; size: number } {
  const size = p.dims.N * p.dims.D * p.dims.K;
  const M = new Float64Array(size * size);
  const beta = new Float64Array(size);
  for (const row of denseRows(p, b)) {
    const w2 = row.weight * row.weight;
    for (let a = 0; a < row.idx.length; a++) {
      beta[row.idx[a]!] += w2 * row.val[a]! * row.rhs;
      for (let c = 0; c < row.idx.length; c++)
        M[row.idx[a]! * size + row.idx[c]!] += w2 * row.val[a]! * row.val[c]!;
    }
  }
  return { M, beta, size };
}

/** Solve M x = rhs (dense SPD, Cholesky on a copy); a non-positive pivot is a NeurlpSingularError. */
export function denseCholeskySolve(
  M: Float64Array,
  rhs: Float64Array,
  size: number,
  batch = 0,
): Float64Array {
  const x = choleskySolve(M, rhs, size);
  if (x instanceof Float64Array) return x;
  throw new NeurlpSingularError(
    `dense reference: pivot ${x.pivot} at row ${x.row}`,
    batch,
    x.row,
    x.row,
    x.pivot,
  );
}

/** Dense reference solve of the same inputs and options as `solveODE`; returns u `[B, N, D, K]`. */
export function solveDense(inputs: OdeInputs, options: ProblemOptions = {}): { u: OdeArray } {
  const p = buildProblem(inputs, options);
  const { B, N, D, K } = p.dims;
  const u = new Float64Array(B * N * D * K);
  for (let b = 0; b < B; b++) {
    const { M, beta, size } = denseNormal(p, b);
    u.set(denseCholeskySolve(M, beta, size, b), b * size);
  }
  return { u: new OdeArray([B, N, D, K], u) };
}
