import type { OdeProblem } from "../backend.js";
import { generatedCodeAllowed, MAX_GENERATED_BLOCK } from "./codegen.js";
import { INV_FACTORIAL, taylorRowCount } from "./rows.js";

/**
 * Straight-line code for the gradient chain of core/gradients.ts (the reference, kept readable):
 * one pass over the grid points of a batch element computes the equation gradients (coefficients,
 * rhs) and the step gradients (Taylor and central rows) from u and z, with the powers of h, the
 * Taylor constants and the loop bounds folded in. The generic version reads small tables, calls a
 * helper per interval and makes three passes; this one is ~4× faster at D = 1, K = 3. It performs
 * the same floating-point operations in the same order, so the result is bit-identical (tested).
 * Compiled once per (D, K, E, central, requested inputs).
 */

/** Everything the generated code depends on besides the data. */
interface GradientShape {
  readonly D: number;
  readonly K: number;
  readonly E: number;
  readonly central: boolean;
  readonly coefficients: boolean;
  readonly rhs: boolean;
  readonly steps: boolean;
}

/** Gradients of one batch element (all N grid points) accumulated into dc, dr, dh. */
type GradientSteps = (
  u: Float64Array,
  z: Float64Array,
  c: Float64Array,
  rhs: Float64Array,
  h: Float64Array,
  dc: Float64Array | null,
  dr: Float64Array | null,
  dh: Float64Array | null,
  uo: number,
  cBase: number,
  cStride: number,
  rBase: number,
  rStride: number,
  hOff: number,
  N: number,
  weq2: number,
  ws2: number,
) => void;

/** Largest E that gets generated code (the body grows as E·n). */
const MAX_GENERATED_EQUATIONS = 8;

/** `0 + t0 + t1 …`: the generic loops start their sums at 0, so does this (keeps −0 identical too). */
const sum = (terms: string[]) => ["0", ...terms].join(" + ");

/** Equation rows of step s: dr += w² a·z, dc += w² (r z − (a·z) u) with r = rhs − a·u. */
function equationBody(f: GradientShape): string[] {
  const n = f.D * f.K;
  const out = ["const co = cBase + s * cStride;", "const ro = rBase + s * rStride;"];
  for (let e = 0; e < f.E; e++) {
    const ce = (r: number) => `c[co + ${e * n + r}]`;
    const idx = Array.from({ length: n }, (_, r) => r);
    out.push(`const au${e} = ${sum(idx.map((r) => `${ce(r)} * u0_${r}`))};`);
    out.push(`const az${e} = ${sum(idx.map((r) => `${ce(r)} * z0_${r}`))};`);
    if (f.rhs) out.push(`dr[ro + ${e}] += weq2 * az${e};`);
    if (!f.coefficients) continue;
    out.push(`const res${e} = rhs[ro + ${e}] - au${e};`);
    for (const r of idx) out.push(`dc[co + ${e * n + r}] += weq2 * (res${e} * z0_${r} - az${e} * u0_${r});`);
  }
  return out;
}

/**
 * dL/dh of the Taylor rows of interval s (gradients.ts `taylorStepGradient`): powers P{dir}_j of
 * x = h (dir 0, rows about s) and x = −h (dir 1, rows about s + 1) and their derivatives dP{dir}_j.
 */
function taylorBody(f: GradientShape): string[] {
  const { D, K } = f;
  const n = D * K;
  const rows = taylorRowCount(K, f.central);
  const out = ["const hs = h[hOff + s];", "let gt = 0;"];
  // the next grid point's values (this step's are u0_*, z0_*), read once
  for (let r = 0; r < n; r++) out.push(`const u1_${r} = u[o1 + ${r}], z1_${r} = z[o1 + ${r}];`);
  for (let dir = 0; dir < 2; dir++) {
    out.push(`const x${dir} = ${dir === 0 ? "hs" : "-hs"};`, `const P${dir}_0 = 1;`, `const dP${dir}_0 = 0;`);
    for (let j = 1; j < K; j++) {
      // P_1 = 1 · x and dP_j = ±1 · … written without the exact factor 1 (same value, one multiply less)
      out.push(`const P${dir}_${j} = ${j === 1 ? `x${dir}` : `P${dir}_${j - 1} * x${dir}`};`);
      const sign = dir === 0 ? "" : "-";
      const dp = j === 1 ? `${sign}P${dir}_0` : `${sign}${j} * P${dir}_${j - 1}`;
      out.push(`const dP${dir}_${j} = ${dp};`);
    }
  }
  const times = (x: string, k: number) => (k === 1 ? x : `${x} * ${k}`);
  for (let dir = 0; dir < 2; dir++) {
    const near = dir === 0 ? "0" : "1";
    const far = dir === 0 ? "1" : "0";
    for (let i = 0; i < rows; i++) {
      for (let d = 0; d < D; d++) {
        const f0 = `${far}_${d * K + i}`;
        const lines = [
          `const fc = -P${dir}_${i}, dfc = -dP${dir}_${i}, uf = u${f0}, zf = z${f0};`,
          "let au = fc * uf, az = fc * zf, dau = dfc * uf, daz = dfc * zf;",
        ];
        for (let j = i; j < K; j++) {
          const k = INV_FACTORIAL[j - i]!;
          const uj = `u${near}_${d * K + j}`;
          const zj = `z${near}_${d * K + j}`;
          lines.push(`{ const a = ${times(`P${dir}_${j}`, k)}, da = ${times(`dP${dir}_${j}`, k)};`);
          lines.push(`au += a * ${uj}; az += a * ${zj}; dau += da * ${uj}; daz += da * ${zj}; }`);
        }
        lines.push("gt -= au * daz + az * dau;");
        out.push(`{ ${lines.join(" ")} }`);
      }
    }
  }
  out.push("dh[hOff + s] += ws2 * gt;");
  return out;
}

/** dL/dh of the central row at centre s (gradients.ts `stepGradients`), added to h_{s−1} and h_s. */
function centralBody(f: GradientShape): string[] {
  const { D, K } = f;
  const n = D * K;
  const pTop = K - 1;
  const out = [
    "const H = h[hOff + s - 1] + h[hOff + s];",
    `const cH = ${pTop === 1 ? "1" : pTop === 2 ? "H" : `H ** ${pTop - 1}`};`, // H ** 1 is H exactly
    "const aH = cH / H;",
    `const daH = ${pTop - 2} * (aH / H);`,
    `const dcH = ${pTop - 1} * aH;`,
    "let gc = 0;",
  ];
  for (let d = 0; d < D; d++) {
    const A = d * K + pTop - 1;
    const T = d * K + pTop;
    out.push(
      `{ const du = u[o1 + ${A}] - u[o0 - ${n} + ${A}], dz = z[o1 + ${A}] - z[o0 - ${n} + ${A}];`,
      `const ut = u0_${T}, zt = z0_${T};`,
      "const au = aH * du - cH * ut, az = aH * dz - cH * zt;",
      "const dau = daH * du - dcH * ut, daz = daH * dz - dcH * zt;",
      "gc -= au * daz + az * dau; }",
    );
  }
  out.push("dh[hOff + s - 1] += ws2 * gc;", "dh[hOff + s] += ws2 * gc;");
  return out;
}

function stepBody(f: GradientShape): string[] {
  const n = f.D * f.K;
  const out = [`const o0 = uo + s * ${n};`, `const o1 = o0 + ${n};`];
  // this grid point's values, read once (the reference reads them per term: same values)
  for (let r = 0; r < n; r++) out.push(`const u0_${r} = u[o0 + ${r}], z0_${r} = z[o0 + ${r}];`);
  if (f.coefficients || f.rhs) out.push(...equationBody(f));
  if (!f.steps) return out;
  // interval s first, then the central row centred at s: the order the reference adds them in
  out.push(`if (s < N - 1) {`, ...taylorBody(f), "}");
  if (f.central) out.push("if (s >= 1 && s < N - 1) {", ...centralBody(f), "}");
  return out;
}

const cache = new Map<string, GradientSteps | null>();

function gradientKernel(f: GradientShape): GradientSteps | null {
  if (!generatedCodeAllowed() || f.D * f.K > MAX_GENERATED_BLOCK || f.E > MAX_GENERATED_EQUATIONS)
    return null;
  const key = `${f.D}:${f.K}:${f.E}:${f.central}:${f.coefficients}:${f.rhs}:${f.steps}`;
  if (cache.has(key)) return cache.get(key)!;
  const src = `for (let s = 0; s < N; s++) {\n  ${stepBody(f).join("\n  ")}\n}`;
  let k: GradientSteps | null = null;
  try {
    k = new Function(
      ...["u", "z", "c", "rhs", "h", "dc", "dr", "dh", "uo", "cBase", "cStride", "rBase", "rStride"],
      ...["hOff", "N", "weq2", "ws2", src],
    ) as GradientSteps;
  } catch {
    k = null; // e.g. `new Function` forbidden by a content security policy
  }
  cache.set(key, k);
  return k;
}

/**
 * The coefficient, rhs and step gradients of every batch element through generated code, written
 * into the given zeroed arrays (null = not requested). Returns false, leaving them untouched, when
 * no generated kernel is available; the caller then runs the reference loops.
 */
export function generatedGradients(
  p: OdeProblem,
  u: Float64Array,
  z: Float64Array,
  dc: Float64Array | null,
  dr: Float64Array | null,
  dh: Float64Array | null,
): boolean {
  const { B, N, E, D, K } = p.dims;
  const shape = { D, K, E, central: p.smoothness === "central", coefficients: !!dc, rhs: !!dr, steps: !!dh };
  const kernel = gradientKernel(shape);
  if (!kernel) return false;
  const n = D * K;
  const { coefficients: c, rhs, steps } = p;
  const weq2 = p.weights.equation ** 2;
  const ws2 = p.weights.smoothness ** 2;
  for (let b = 0; b < B; b++) {
    const cBase = (c.batch === 1 ? 0 : b) * c.time * E * n;
    const rBase = (rhs.batch === 1 ? 0 : b) * rhs.time * E;
    const hOff = (steps.batch === 1 ? 0 : b) * (N - 1);
    const cStride = c.time === 1 ? 0 : E * n;
    const rStride = rhs.time === 1 ? 0 : E;
    kernel(
      u,
      z,
      c.data,
      rhs.data,
      steps.data,
      dc,
      dr,
      dh,
      b * N * n,
      cBase,
      cStride,
      rBase,
      rStride,
      hOff,
      N,
      weq2,
      ws2,
    );
  }
  return true;
}
