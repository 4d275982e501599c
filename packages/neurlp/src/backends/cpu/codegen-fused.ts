import { factorStepBody, MAX_GENERATED_BLOCK } from "../../core/codegen.js";

/**
 * Straight-line code for the fused assembly + factorisation (fused.ts) of grid points s ≥ W: the
 * entries of M for the step's rows are expressions in local variables (step sizes, their powers,
 * the step's coefficients) that feed the Cholesky directly, so M never reaches memory. The terms
 * of every entry are collected by replaying the generic step writer symbolically (`symbolicStep`),
 * in its order, and the powers are formed the same way, so the result is bit-identical to the
 * generic writer followed by the generated factor (tested). Compiled once per problem structure.
 */

/** Everything the generated code depends on besides the data. */
export interface FusedShape {
  readonly D: number;
  readonly K: number;
  readonly E: number;
  readonly W: number;
  readonly nIv: number;
  readonly central: boolean;
  /** Taylor-block constants (fused.ts `taylorKappa`), K×K each. */
  readonly kappa: { readonly P: Float64Array; readonly Q: Float64Array; readonly R: Float64Array };
}

/** Factor steps [s0, s1) (all ≥ W) of one matrix; −1 or the failing row s·n + r (pivot in piv[0]). */
export type FusedSteps = (
  L: Float64Array,
  invDiag: Float64Array,
  h: Float64Array,
  coef: Float64Array,
  mBase: number,
  dBase: number,
  hOff: number,
  cBase: number,
  cStride: number,
  s0: number,
  s1: number,
  N: number,
  nIvSteps: number,
  ws2: number,
  wiv2: number,
  weq2: number,
  tol: number,
  piv: Float64Array,
) => number;

/** The terms of M's entries in the rows of one step, `terms[r][c]` (c over the (W+1)·n band columns). */
function symbolicStep(f: FusedShape): string[][][] {
  const { D, K, E, W, nIv } = f;
  const n = D * K;
  const diag = W * n;
  const terms = Array.from({ length: n }, () => Array.from({ length: (W + 1) * n }, () => [] as string[]));
  const add = (r: number, c: number, t: string) => terms[r]![c]!.push(t);
  for (let d = 0; d < D; d++) for (let k = 0; k < nIv; k++) add(d * K + k, diag + d * K + k, "iv");
  const taylor = (kap: Float64Array, col0: number, pw: string) => {
    for (let r = 0; r < K; r++)
      for (let c = 0; c < K; c++) {
        if (kap[r * K + c] === 0) continue;
        for (let d = 0; d < D; d++)
          add(d * K + r, col0 + d * K + c, `ws2 * ${kap[r * K + c]} * ${pw}${r + c}`);
      }
  };
  taylor(f.kappa.Q, diag, "q");
  taylor(f.kappa.R, diag - n, "q");
  taylor(f.kappa.P, diag, "p");
  if (f.central) {
    const A = K - 2;
    const T = K - 1;
    for (const [t, name] of [
      [-1, "m"],
      [0, "z"],
      [1, "n"],
    ] as const) {
      for (let d = 0; d < D; d++) {
        const a = d * K + A;
        const tt = d * K + T;
        if (t !== 0) add(a, diag + a, `aa${name}`);
        if (t === 0) {
          add(tt, diag + tt, `cc${name}`);
          add(tt, diag - n + a, `ac${name}`);
        }
        if (t === -1) {
          add(a, diag - n + tt, `-ac${name}`);
          add(a, diag - 2 * n + a, `-aa${name}`);
        }
      }
    }
  }
  for (let e = 0; e < E; e++)
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) add(r, diag + c, `weq2 * c${e}_${r} * c${e}_${c}`);
  return terms;
}

/** `0 + t1 − t2 …` in the writer's order of additions ("-x" terms are subtractions). */
function sumOf(ts: string[]): string {
  let out = "0";
  for (const t of ts) out += t.startsWith("-") ? ` - ${t.slice(1)}` : ` + ${t}`;
  return `(${out})`;
}

/** x^k as the left-to-right product the generic writer uses (`intPow`); negative k as 1/x^−k. */
function powerExpr(x: string, k: number): string {
  if (k < 0) return `(1 / ${powerExpr(x, -k)})`;
  return k === 0 ? "1" : Array.from({ length: k }, () => x).join(" * ");
}

/** Locals of one step: powers of both neighbouring intervals, central-row products, coefficients. */
function prelude(f: FusedShape): string[] {
  const { D, K, E } = f;
  const n = D * K;
  const out = [
    "const hq = h[hOff + s - 1];",
    "const hs = s < N - 1 ? h[hOff + s] : 0;",
    "const iv = s < nIvSteps ? wiv2 : 0;",
    "const q0 = 1;",
    "const p0 = s < N - 1 ? 1 : 0;",
  ];
  for (let j = 1; j <= 2 * (K - 1); j++)
    out.push(`const q${j} = q${j - 1} * hq;`, `const p${j} = p${j - 1} * hs;`);
  if (f.central) {
    for (const [t, name] of [
      [-1, "m"],
      [0, "z"],
      [1, "n"],
    ] as const) {
      const on = `s + ${t} <= N - 2`;
      out.push(`const H${name} = ${on} ? h[hOff + s + ${t - 1}] + h[hOff + s + ${t}] : 0;`);
      out.push(
        `const a${name} = ${powerExpr(`H${name}`, K - 3)};`,
        `const c${name} = ${powerExpr(`H${name}`, K - 2)};`,
      );
      out.push(`const aa${name} = ${on} ? ws2 * a${name} * a${name} : 0;`);
      out.push(`const ac${name} = ${on} ? ws2 * a${name} * c${name} : 0;`);
      out.push(`const cc${name} = ${on} ? ws2 * c${name} * c${name} : 0;`);
    }
  }
  out.push("const co = cBase + s * cStride;");
  for (let e = 0; e < E; e++)
    for (let r = 0; r < n; r++) out.push(`const c${e}_${r} = coef[co + ${e * n + r}];`);
  return out;
}

const cache = new Map<string, FusedSteps | null>();

/** The compiled kernel for this shape, or null (block too large, or code generation forbidden). */
export function fusedKernel(f: FusedShape): FusedSteps | null {
  const n = f.D * f.K;
  if (n > MAX_GENERATED_BLOCK) return null;
  const key = `${f.D}:${f.K}:${f.E}:${f.W}:${f.nIv}:${f.central}`;
  if (cache.has(key)) return cache.get(key)!;
  const terms = symbolicStep(f);
  const body = factorStepBody(n, f.W, (r, c) => sumOf(terms[r]![c]!));
  const stepLen = n * (f.W + 1) * n;
  const src = `for (let s = s0; s < s1; s++) {
  const o = mBase + s * ${stepLen};
  const di = dBase + s * ${n};
  ${[...prelude(f), ...body].join("\n  ")}
}
return -1;`;
  let k: FusedSteps | null = null;
  try {
    k = new Function(
      ...["L", "invDiag", "h", "coef", "mBase", "dBase", "hOff", "cBase", "cStride", "s0", "s1", "N"],
      ...["nIvSteps", "ws2", "wiv2", "weq2", "tol", "piv", src],
    ) as FusedSteps;
  } catch {
    k = null; // e.g. `new Function` forbidden by a content security policy
  }
  cache.set(key, k);
  return k;
}
