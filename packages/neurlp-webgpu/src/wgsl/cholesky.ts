import { arithmetic, pivotTolerance } from "./arith.js";
import { constants, type ShapeClass, WORKGROUP } from "./shape.js";

/**
 * Sequential banded Cholesky M = L Lᵀ, one invocation per matrix, in place on the row band (the
 * same loop as the CPU backend's `choleskyBand`, in working precision R). `invDiag` gets 1 / L_ii.
 * A pivot d ≤ tol · M_ii or a non-finite one stops the factorisation and is reported in `status`
 * (row + 1, and the pivot's leading f32) so the host throws NeurlpSingularError.
 */
export function choleskyWgsl(s: ShapeClass): string {
  return /* wgsl */ `
${arithmetic(s.arith)}
${constants(s)}
const TOL: f32 = ${pivotTolerance(s.arith)};
struct Params { batch: u32, N: u32, one: f32, pad: u32 }
@group(0) @binding(0) var<uniform> prm: Params;
@group(0) @binding(1) var<storage, read_write> L: array<R>;
@group(0) @binding(2) var<storage, read_write> invDiag: array<R>;
@group(0) @binding(3) var<storage, read_write> status: array<u32>;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ONE = prm.one;
  let b = gid.x;
  if (b >= prm.batch) { return; }
  let rows = prm.N * n;
  let mBase = b * rows * RL;
  let dBase = b * rows;
  status[2u * b] = 0u;
  for (var i = 0u; i < rows; i++) {
    let si = i / n;
    // L[i][col] for global column col lives at rowI + col − colBaseI (colBaseI may be negative)
    let colBaseI = i32(si * n) - i32(W * n);
    let first = u32(max(colBaseI, 0));
    let rowI = i32(mBase + i * RL) - colBaseI;
    for (var j = first; j < i; j++) {
      let colBaseJ = i32((j / n) * n) - i32(W * n);
      let rowJ = i32(mBase + j * RL) - colBaseJ;
      let kStart = u32(max(colBaseJ, i32(first)));
      var sum = L[u32(rowI + i32(j))];
      for (var k = kStart; k < j; k++) {
        sum = r_sub(sum, r_mul(L[u32(rowI + i32(k))], L[u32(rowJ + i32(k))]));
      }
      L[u32(rowI + i32(j))] = r_mul(sum, invDiag[dBase + j]);
    }
    var d = L[u32(rowI + i32(i))];
    let orig = r_hi(d);
    for (var k = first; k < i; k++) {
      let v = L[u32(rowI + i32(k))];
      d = r_sub(d, r_mul(v, v));
    }
    if (!(r_hi(d) > TOL * orig) || bad(r_hi(d))) {
      status[2u * b] = i + 1u;
      status[2u * b + 1u] = bitcast<u32>(r_hi(d));
      return;
    }
    let l = r_sqrt(d);
    L[u32(rowI + i32(i))] = l;
    invDiag[dBase + i] = r_div(r_of(1.0), l);
  }
}
`;
}

/** Forward and back substitution L Lᵀ x = rhs, one invocation per right-hand side. */
export function substituteWgsl(s: ShapeClass): string {
  return /* wgsl */ `
${arithmetic(s.arith)}
${constants(s)}
struct Params { count: u32, N: u32, factorBatch: u32, one: f32 }
@group(0) @binding(0) var<uniform> prm: Params;
@group(0) @binding(1) var<storage, read> L: array<R>;
@group(0) @binding(2) var<storage, read> invDiag: array<R>;
@group(0) @binding(3) var<storage, read> rhs: array<R>;
@group(0) @binding(4) var<storage, read_write> x: array<R>;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ONE = prm.one;
  let b = gid.x;
  if (b >= prm.count) { return; }
  let rows = prm.N * n;
  let f = select(b, 0u, prm.factorBatch == 1u);
  let mBase = f * rows * RL;
  let dBase = f * rows;
  let xo = b * rows;
  for (var i = 0u; i < rows; i++) {
    let colBase = i32((i / n) * n) - i32(W * n);
    let rowI = i32(mBase + i * RL) - colBase;
    var sum = rhs[xo + i];
    for (var k = u32(max(colBase, 0)); k < i; k++) {
      sum = r_sub(sum, r_mul(L[u32(rowI + i32(k))], x[xo + k]));
    }
    x[xo + i] = r_mul(sum, invDiag[dBase + i]);
  }
  for (var ii = 0u; ii < rows; ii++) {
    let i = rows - 1u - ii;
    let colBase = i32((i / n) * n) - i32(W * n);
    let rowI = i32(mBase + i * RL) - colBase;
    let xi = r_mul(x[xo + i], invDiag[dBase + i]);
    x[xo + i] = xi;
    for (var k = u32(max(colBase, 0)); k < i; k++) {
      x[xo + k] = r_sub(x[xo + k], r_mul(L[u32(rowI + i32(k))], xi));
    }
  }
}
`;
}
