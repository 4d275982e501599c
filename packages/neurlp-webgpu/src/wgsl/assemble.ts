import { arithmetic } from "./arith.js";
import { constants, type ShapeClass, WORKGROUP } from "./shape.js";

/**
 * Normal matrix Aᵀ W² A in the row-band layout of backend.ts, one invocation per (matrix, grid
 * point s) writing only block row s (its diagonal block and the blocks left of it), so there are no
 * write conflicts. Block row s collects: equation rows at s; initial rows; the Taylor rows of
 * interval s (s is the left end: block P) and of interval s − 1 (right end: blocks Q and R); the
 * central rows centred at s − 1, s, s + 1. Same algebra as the core's Float64 `assembleBand`.
 * `cst` = [w_eq², w_iv², w_smooth², 1/0!, 1/1!, …, 1/(K−1)!] in working precision.
 */
export function assembleMatrixWgsl(s: ShapeClass, central: boolean): string {
  const rows = central ? s.K - 1 : s.K;
  return /* wgsl */ `
${arithmetic(s.arith)}
${constants(s)}
const ROWS: u32 = ${rows}u;
const CENTRAL: bool = ${central};
struct Params { batch: u32, N: u32, nIvSteps: u32, nIv: u32, cBatch: u32, cTime: u32, hBatch: u32, one: f32 }
@group(0) @binding(0) var<uniform> prm: Params;
@group(0) @binding(1) var<storage, read> coef: array<R>;
@group(0) @binding(2) var<storage, read> steps: array<R>;
@group(0) @binding(3) var<storage, read> cst: array<R>;
@group(0) @binding(4) var<storage, read_write> band: array<R>;

var<private> base: u32;
fn acc(r: u32, col: u32, v: R) { let i = base + r * RL + col; band[i] = r_add(band[i], v); }
fn fact(j: u32) -> R { return cst[3u + j]; }

// Taylor rows of one interval with step h, for block row s at its left end (P) or right end (Q, R).
fn taylor(h: R, left: bool) {
  let ws2 = cst[2];
  var pw: array<R, ${s.K}>;
  pw[0] = r_of(1.0);
  for (var j = 1u; j < K; j++) { pw[j] = r_mul(pw[j - 1u], h); }
  var pg: array<R, ${s.K}>; // powers of g = −h
  for (var j = 0u; j < K; j++) { pg[j] = select(pw[j], r_neg(pw[j]), (j & 1u) == 1u); }
  let dg = W * n;
  for (var d = 0u; d < D; d++) {
    let o = d * K;
    for (var i = 0u; i < ROWS; i++) {
      if (left) {
        // forward rows a_s[j] = h^j/(j−i)!: P += a aᵀ; backward rows a_s[i] = −g^i: P[i,i] += g^2i
        for (var r = i; r < K; r++) {
          let ar = r_mul(pw[r], fact(r - i));
          for (var c = i; c < K; c++) {
            acc(o + r, dg + o + c, r_mul(ws2, r_mul(ar, r_mul(pw[c], fact(c - i)))));
          }
        }
        acc(o + i, dg + o + i, r_mul(ws2, r_mul(pg[i], pg[i])));
      } else {
        // forward rows a_{s+1}[i] = −h^i: Q[i,i] += h^2i, R[i,r] −= h^i a_s[r]
        acc(o + i, dg + o + i, r_mul(ws2, r_mul(pw[i], pw[i])));
        for (var r = i; r < K; r++) {
          let ar = r_mul(pw[r], fact(r - i));
          acc(o + i, dg - n + o + r, r_neg(r_mul(ws2, r_mul(pw[i], ar))));
          // backward rows a_{s+1}[j] = g^j/(j−i)!, a_s[i] = −g^i: Q += a aᵀ, R[r,i] −= g^i a_{s+1}[r]
          let gr = r_mul(pg[r], fact(r - i));
          for (var c = i; c < K; c++) {
            acc(o + r, dg + o + c, r_mul(ws2, r_mul(gr, r_mul(pg[c], fact(c - i)))));
          }
          acc(o + r, dg - n + o + i, r_neg(r_mul(ws2, r_mul(pg[i], gr))));
        }
      }
    }
  }
}

fn stepAt(hb: u32, t: u32) -> R { return steps[hb * (prm.N - 1u) + t]; }

fn ipow(x: R, e: i32) -> R {
  var y = r_of(1.0);
  for (var i = 0; i < abs(e); i++) { y = r_mul(y, x); }
  if (e < 0) { return r_div(r_of(1.0), y); }
  return y;
}

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ONE = prm.one;
  let idx = gid.x;
  if (idx >= prm.batch * prm.N) { return; }
  let b = idx / prm.N;
  let s = idx % prm.N;
  base = idx * n * RL;
  for (var i = 0u; i < n * RL; i++) { band[base + i] = r_zero(); }
  let dg = W * n;
  // equation rows
  let cb = select(b, 0u, prm.cBatch == 1u);
  let ct = select(s, 0u, prm.cTime == 1u);
  let cOff = (cb * prm.cTime + ct) * E * n;
  for (var e = 0u; e < E; e++) {
    for (var r = 0u; r < n; r++) {
      let cr = r_mul(cst[0], coef[cOff + e * n + r]);
      for (var c = 0u; c < n; c++) { acc(r, dg + c, r_mul(cr, coef[cOff + e * n + c])); }
    }
  }
  // initial rows
  if (s < prm.nIvSteps) {
    for (var d = 0u; d < D; d++) {
      for (var k = 0u; k < prm.nIv; k++) { acc(d * K + k, dg + d * K + k, cst[1]); }
    }
  }
  let hb = select(b, 0u, prm.hBatch == 1u);
  if (s + 1u < prm.N) { taylor(stepAt(hb, s), true); }
  if (s >= 1u) { taylor(stepAt(hb, s - 1u), false); }
  if (CENTRAL) {
    let ws2 = cst[2];
    let p = i32(K) - 1;
    for (var d = 0u; d < D; d++) {
      let A = d * K + K - 2u;
      let T = d * K + K - 1u;
      // centred at t = s: row a·u_{s+1,A} − a·u_{s−1,A} − c·u_{s,T}
      if (s >= 1u && s + 2u <= prm.N) {
        let H = r_add(stepAt(hb, s - 1u), stepAt(hb, s));
        let a = ipow(H, p - 2);
        let c = ipow(H, p - 1);
        acc(T, dg + T, r_mul(ws2, r_mul(c, c)));
        acc(T, dg - n + A, r_mul(ws2, r_mul(a, c)));
      }
      // centred at t = s − 1 (s is its right point)
      if (s >= 2u) {
        let H = r_add(stepAt(hb, s - 2u), stepAt(hb, s - 1u));
        let a = ipow(H, p - 2);
        let c = ipow(H, p - 1);
        acc(A, dg + A, r_mul(ws2, r_mul(a, a)));
        acc(A, dg - n + T, r_neg(r_mul(ws2, r_mul(a, c))));
        acc(A, dg - 2u * n + A, r_neg(r_mul(ws2, r_mul(a, a))));
      }
      // centred at t = s + 1 (s is its left point)
      if (s + 3u <= prm.N) {
        let H = r_add(stepAt(hb, s), stepAt(hb, s + 1u));
        let a = ipow(H, p - 2);
        acc(A, dg + A, r_mul(ws2, r_mul(a, a)));
      }
    }
  }
}
`;
}

/** beta[b, s, d·K + k] = w_eq² Σ_e c[e, s, d, k]·rhs[e, s] + w_iv² · initial[s, d, k]; one invocation per (b, s). */
export function assembleRhsWgsl(s: ShapeClass): string {
  return /* wgsl */ `
${arithmetic(s.arith)}
${constants(s)}
struct Params { B: u32, N: u32, nIvSteps: u32, nIv: u32, cBatch: u32, cTime: u32, rBatch: u32, rTime: u32, iBatch: u32, one: f32, pad0: u32, pad1: u32 }
@group(0) @binding(0) var<uniform> prm: Params;
@group(0) @binding(1) var<storage, read> coef: array<R>;
@group(0) @binding(2) var<storage, read> rhs: array<R>;
@group(0) @binding(3) var<storage, read> initial: array<R>;
@group(0) @binding(4) var<storage, read> cst: array<R>;
@group(0) @binding(5) var<storage, read_write> beta: array<R>;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ONE = prm.one;
  let idx = gid.x;
  if (idx >= prm.B * prm.N) { return; }
  let b = idx / prm.N;
  let s = idx % prm.N;
  let cOff = (select(b, 0u, prm.cBatch == 1u) * prm.cTime + select(s, 0u, prm.cTime == 1u)) * E * n;
  let rOff = (select(b, 0u, prm.rBatch == 1u) * prm.rTime + select(s, 0u, prm.rTime == 1u)) * E;
  for (var r = 0u; r < n; r++) {
    var v = r_zero();
    for (var e = 0u; e < E; e++) { v = r_add(v, r_mul(coef[cOff + e * n + r], rhs[rOff + e])); }
    v = r_mul(cst[0], v);
    let k = r % K;
    if (s < prm.nIvSteps && k < prm.nIv) {
      let d = r / K;
      let ib = select(b, 0u, prm.iBatch == 1u);
      v = r_add(v, r_mul(cst[1], initial[((ib * prm.nIvSteps + s) * D + d) * prm.nIv + k]));
    }
    beta[idx * n + r] = v;
  }
}
`;
}
