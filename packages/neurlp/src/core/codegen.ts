/**
 * Straight-line kernels for small blocks. For a fixed block size n and band width W every grid
 * point s ≥ W has exactly the same access pattern relative to its own offset, so the inner loops of
 * the banded Cholesky and substitutions unroll into constant-offset statements, compiled once per
 * (n, W) with `new Function`. This is 2–4× faster than the generic loops for the common n = D·K ≤ 8.
 * Where code generation is not allowed (strict CSP) the generic loops in cholesky.ts are used.
 */

/** Factor steps [s0, s1) of one matrix; returns −1, or the failing local row s·n + r (pivot in piv[0]). */
export type FactorSteps = (
  band: Float64Array,
  L: Float64Array,
  invDiag: Float64Array,
  mBase: number,
  dBase: number,
  s0: number,
  s1: number,
  tol: number,
  piv: Float64Array,
) => number;

/** Forward (L y = rhs) over steps [s0, s1) in increasing order; x holds y afterwards. */
export type ForwardSteps = (
  L: Float64Array,
  invDiag: Float64Array,
  rhs: ArrayLike<number>,
  x: Float64Array,
  mBase: number,
  dBase: number,
  xo: number,
  s0: number,
  s1: number,
) => void;

/** Backward (Lᵀ x = y) over steps [s0, s1) in decreasing order. */
export type BackwardSteps = ForwardSteps;

export interface Kernels {
  factor: FactorSteps;
  forward: ForwardSteps;
  backward: BackwardSteps;
}

const cache = new Map<string, Kernels | null>();

/** Largest block size that gets generated code (measured: at n = 9 the generated function is too large for V8 to optimise and runs ~15× slower than the loops). */
export const MAX_GENERATED_BLOCK = 8;

let enabled = true;

/** Switch generated kernels off/on (tests compare both paths). Returns the previous setting. */
export function setGeneratedKernels(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

/** Whether generated code may be used at all (the other generators check this too). */
export function generatedCodeAllowed(): boolean {
  return enabled;
}

export function generatedKernels(n: number, W: number): Kernels | null {
  if (!enabled) return null;
  const key = `${n}:${W}`;
  if (cache.has(key)) return cache.get(key)!;
  let k: Kernels | null = null;
  if (n <= MAX_GENERATED_BLOCK) {
    try {
      k = { factor: genFactor(n, W), forward: genForward(n, W), backward: genBackward(n, W) };
    } catch {
      k = null; // e.g. `new Function` forbidden by a content security policy
    }
  }
  cache.set(key, k);
  return k;
}

function genFactor(n: number, W: number): FactorSteps {
  const rowLen = (W + 1) * n;
  const stepLen = n * rowLen;
  const body = factorStepBody(n, W, (r, c) => `band[o + ${r * rowLen + c}]`);
  const src = `for (let s = s0; s < s1; s++) {
  const o = mBase + s * ${stepLen};
  const di = dBase + s * ${n};
  ${body.join("\n  ")}
}
return -1;`;
  return new Function("band", "L", "invDiag", "mBase", "dBase", "s0", "s1", "tol", "piv", src) as FactorSteps;
}

/**
 * Straight-line Cholesky of the rows of one grid point (offset `o` into L, `di` into invDiag, step
 * `s`): `entry(r, c)` is the source of M's entry at row r, local column c of the step. On a bad
 * pivot the M diagonal is left in `L` (for the error message), the pivot goes to piv[0] and the
 * code returns the failing row s·n + r.
 */
export function factorStepBody(n: number, W: number, entry: (r: number, c: number) => string): string[] {
  const rowLen = (W + 1) * n;
  const diag = W * n;
  const stepLen = n * rowLen;
  const body: string[] = [];
  for (let r = 0; r < n; r++) {
    const ri = r * rowLen;
    const xi = (c: number) => `x${r}_${c}`;
    for (let blk = 0; blk <= W; blk++) {
      const shift = (W - blk) * n;
      const jEnd = blk === W ? r : n;
      for (let rj = 0; rj < jEnd; rj++) {
        const c = blk * n + rj;
        const jOff = (blk - W) * stepLen + rj * rowLen + shift;
        const terms = [`${entry(r, c)}`];
        for (let k = 0; k < c; k++) {
          const lj = blk === W ? `x${rj}_${k}` : `L[o + ${jOff + k}]`;
          terms.push(`${xi(k)} * ${lj}`);
        }
        const inv = blk === W ? `i${rj}` : `invDiag[di + ${(blk - W) * n + rj}]`;
        body.push(`const ${xi(c)} = (${terms.join(" - ")}) * ${inv};`);
        body.push(`L[o + ${ri + c}] = ${xi(c)};`);
      }
    }
    const c = diag + r;
    body.push(`const m${r} = ${entry(r, c)};`);
    const sq = [`m${r}`];
    for (let k = 0; k < c; k++) sq.push(`${xi(k)} * ${xi(k)}`);
    body.push(`const d${r} = ${sq.join(" - ")};`);
    body.push(
      `if (!(d${r} > tol * m${r}) || !(d${r} < Infinity)) { L[o + ${ri + c}] = m${r}; piv[0] = d${r}; return s * ${n} + ${r}; }`,
    );
    body.push(`const ${xi(c)} = Math.sqrt(d${r}); L[o + ${ri + c}] = ${xi(c)};`);
    body.push(`const i${r} = 1 / ${xi(c)}; invDiag[di + ${r}] = i${r};`);
  }
  return body;
}

/**
 * The sweeps keep the W previous steps' unknowns in locals (`w0 …`), carried from step to step,
 * instead of reading them back from x: every entry gets the same operations in the same order as
 * in the generic loops, so the same bits, with W·n loads and stores per step instead of W·n² of each.
 */
function genForward(n: number, W: number): ForwardSteps {
  const rowLen = (W + 1) * n;
  const diag = W * n;
  const ws = Array.from({ length: diag }, (_, c) => `w${c}`);
  const body: string[] = [];
  for (let r = 0; r < n; r++) {
    const terms = [`rhs[xc + ${r}]`];
    for (let c = 0; c < diag + r; c++)
      terms.push(`L[o + ${r * rowLen + c}] * ${c >= diag ? `y${c - diag}` : ws[c]}`);
    body.push(`const y${r} = (${terms.join(" - ")}) * invDiag[di + ${r}]; x[xc + ${r}] = y${r};`);
  }
  // slide the window: the oldest step drops out, this step's y joins
  for (let c = 0; c < diag; c++) body.push(`${ws[c]} = ${c + n < diag ? ws[c + n] : `y${c + n - diag}`};`);
  const src = `if (s0 >= s1) return;
let ${ws.map((w, c) => `${w} = x[xo + (s0 - ${W}) * ${n} + ${c}]`).join(", ")};
for (let s = s0; s < s1; s++) {
  const o = mBase + s * ${n * rowLen};
  const di = dBase + s * ${n};
  const xc = xo + s * ${n};
  ${body.join("\n  ")}
}`;
  return new Function("L", "invDiag", "rhs", "x", "mBase", "dBase", "xo", "s0", "s1", src) as ForwardSteps;
}

function genBackward(n: number, W: number): BackwardSteps {
  const rowLen = (W + 1) * n;
  const diag = W * n;
  const ws = Array.from({ length: diag }, (_, c) => `w${c}`);
  // window on entry: steps s + 1 − W … s; this step's unknowns are its last n entries
  const body: string[] = [];
  for (let r = 0; r < n; r++) body.push(`let v${r} = ${ws[diag - n + r]};`);
  // slide down: steps s − W … s − 1, the oldest (s − W) read from x (no later step has touched it)
  for (let c = diag - 1; c >= 0; c--) body.push(`${ws[c]} = ${c >= n ? ws[c - n] : `x[xs + ${c}]`};`);
  for (let r = n - 1; r >= 0; r--) {
    body.push(`v${r} *= invDiag[di + ${r}]; x[xc + ${r}] = v${r};`);
    for (let c = 0; c < diag + r; c++) {
      const target = c >= diag ? `v${c - diag}` : ws[c];
      body.push(`${target} -= L[o + ${r * rowLen + c}] * v${r};`);
    }
  }
  const src = `if (s0 >= s1) return;
let ${ws.map((w, c) => `${w} = x[xo + (s1 - ${W}) * ${n} + ${c}]`).join(", ")};
for (let s = s1 - 1; s >= s0; s--) {
  const o = mBase + s * ${n * rowLen};
  const di = dBase + s * ${n};
  const xc = xo + s * ${n};
  const xs = xc - ${diag};
  ${body.join("\n  ")}
}
${ws.map((w, c) => `x[xo + (s0 - ${W}) * ${n} + ${c}] = ${w};`).join("\n")}`;
  return new Function("L", "invDiag", "rhs", "x", "mBase", "dBase", "xo", "s0", "s1", src) as BackwardSteps;
}
