import { type Arithmetic, arithmetic, pivotTolerance } from "./arith.js";
import { WORKGROUP } from "./shape.js";

/**
 * Block cyclic reduction on the block-tridiagonal form of the normal matrix: super-blocks of size
 * m = W·n (pairs of grid points when W = 2), diagonal blocks A_g and couplings B_g = M[g, g − 1],
 * each m×m, dense row-major, per matrix `[batch, Nb, m, m]`.
 *
 * Level ℓ (stride s = 2^ℓ) works on the blocks g that are multiples of s. Its "odd" blocks
 * g = s, 3s, 5s, … are eliminated independently: A_g = L_g L_gᵀ (in place), Y_g = L_g⁻¹ B_g (in
 * place of B_g), Z_g = L_g⁻¹ B_{g+s}ᵀ. The "even" blocks g = 0, 2s, 4s, … then take the Schur
 * complement: A_g −= Z_{g−s}ᵀ Z_{g−s} + Y_{g+s}ᵀ Y_{g+s}, and their new coupling to g − 2s is
 * B_g = −Z_{g−s}ᵀ Y_{g−s}. Every block is eliminated at exactly one level (block 0 last, alone, by
 * the odd kernel with start 0), so A, B and Z need no per-level copies.
 *
 * Every kernel takes the same uniform: count (invocations per matrix or right-hand side), Nb, stride,
 * start (first odd block: s, or 0 for the last level), batch (matrices or right-hand sides),
 * factorBatch (1 when one factor serves every right-hand side), ONE.
 */
const PARAMS = /* wgsl */ `
struct Params { count: u32, Nb: u32, stride: u32, start: u32, batch: u32, factorBatch: u32, one: f32, pad: u32 }
@group(0) @binding(0) var<uniform> prm: Params;
`;

export const CR_ONE_AT = 6;

function head(arith: Arithmetic, m: number): string {
  return `${arithmetic(arith)}\nconst m: u32 = ${m}u;\nconst MM: u32 = ${m * m}u;\n${PARAMS}`;
}

/** Factor the odd blocks of one level: Cholesky of A_g, then Y_g and Z_g; pivot failures to `status`. */
export function crFactorOddWgsl(arith: Arithmetic, m: number): string {
  return /* wgsl */ `
${head(arith, m)}
const TOL: f32 = ${pivotTolerance(arith)};
@group(0) @binding(1) var<storage, read_write> A: array<R>;
@group(0) @binding(2) var<storage, read_write> Bc: array<R>;
@group(0) @binding(3) var<storage, read_write> Z: array<R>;
@group(0) @binding(4) var<storage, read_write> invDiag: array<R>;
@group(0) @binding(5) var<storage, read_write> status: array<u32>;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ONE = prm.one;
  let idx = gid.x;
  if (idx >= prm.batch * prm.count) { return; }
  let b = idx / prm.count;
  let g = prm.start + 2u * prm.stride * (idx % prm.count);
  let blk = b * prm.Nb + g;
  let a0 = blk * MM;
  let d0 = blk * m;
  for (var i = 0u; i < m; i++) {
    for (var j = 0u; j < i; j++) {
      var sum = A[a0 + i * m + j];
      for (var k = 0u; k < j; k++) { sum = r_sub(sum, r_mul(A[a0 + i * m + k], A[a0 + j * m + k])); }
      A[a0 + i * m + j] = r_mul(sum, invDiag[d0 + j]);
    }
    var d = A[a0 + i * m + i];
    let orig = r_hi(d);
    for (var k = 0u; k < i; k++) {
      let v = A[a0 + i * m + k];
      d = r_sub(d, r_mul(v, v));
    }
    if (!(r_hi(d) > TOL * orig) || bad(r_hi(d))) {
      status[2u * blk] = i + 1u;
      status[2u * blk + 1u] = bitcast<u32>(r_hi(d));
      return;
    }
    let l = r_sqrt(d);
    A[a0 + i * m + i] = l;
    invDiag[d0 + i] = r_div(r_of(1.0), l);
  }
  status[2u * blk] = 0u;
  if (g >= prm.stride) {
    // Y_g = L⁻¹ B_g, in place, column by column
    for (var c = 0u; c < m; c++) {
      for (var i = 0u; i < m; i++) {
        var sum = Bc[a0 + i * m + c];
        for (var k = 0u; k < i; k++) { sum = r_sub(sum, r_mul(A[a0 + i * m + k], Bc[a0 + k * m + c])); }
        Bc[a0 + i * m + c] = r_mul(sum, invDiag[d0 + i]);
      }
    }
  }
  if (g + prm.stride < prm.Nb) {
    // Z_g = L⁻¹ B_{g+s}ᵀ
    let r0 = (blk + prm.stride) * MM;
    for (var c = 0u; c < m; c++) {
      for (var i = 0u; i < m; i++) {
        var sum = Bc[r0 + c * m + i];
        for (var k = 0u; k < i; k++) { sum = r_sub(sum, r_mul(A[a0 + i * m + k], Z[a0 + k * m + c])); }
        Z[a0 + i * m + c] = r_mul(sum, invDiag[d0 + i]);
      }
    }
  }
}
`;
}

/** Schur-complement update of the even blocks of one level (lower triangle of A_g, and the new B_g). */
export function crFactorEvenWgsl(arith: Arithmetic, m: number): string {
  return /* wgsl */ `
${head(arith, m)}
@group(0) @binding(1) var<storage, read_write> A: array<R>;
@group(0) @binding(2) var<storage, read_write> Bc: array<R>;
@group(0) @binding(3) var<storage, read> Z: array<R>;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ONE = prm.one;
  let idx = gid.x;
  if (idx >= prm.batch * prm.count) { return; }
  let b = idx / prm.count;
  let g = 2u * prm.stride * (idx % prm.count);
  let blk = b * prm.Nb + g;
  let a0 = blk * MM;
  let hasL = g >= prm.stride;
  let hasR = g + prm.stride < prm.Nb;
  let zl = select(0u, (blk - prm.stride) * MM, hasL);
  let yr = (blk + prm.stride) * MM;
  for (var r = 0u; r < m; r++) {
    for (var c = 0u; c <= r; c++) {
      var acc = A[a0 + r * m + c];
      if (hasL) {
        for (var k = 0u; k < m; k++) { acc = r_sub(acc, r_mul(Z[zl + k * m + r], Z[zl + k * m + c])); }
      }
      if (hasR) {
        for (var k = 0u; k < m; k++) { acc = r_sub(acc, r_mul(Bc[yr + k * m + r], Bc[yr + k * m + c])); }
      }
      A[a0 + r * m + c] = acc;
    }
  }
  if (g >= 2u * prm.stride) {
    // coupling to g − 2s: −Z_{g−s}ᵀ Y_{g−s} (Y_{g−s} sits where B_{g−s} was)
    for (var r = 0u; r < m; r++) {
      for (var c = 0u; c < m; c++) {
        var acc = r_zero();
        for (var k = 0u; k < m; k++) { acc = r_sub(acc, r_mul(Z[zl + k * m + r], Bc[zl + k * m + c])); }
        Bc[a0 + r * m + c] = acc;
      }
    }
  }
}
`;
}

const SOLVE_BINDINGS = /* wgsl */ `
@group(0) @binding(1) var<storage, read> A: array<R>;
@group(0) @binding(2) var<storage, read> Bc: array<R>;
@group(0) @binding(3) var<storage, read> Z: array<R>;
@group(0) @binding(4) var<storage, read> invDiag: array<R>;
@group(0) @binding(5) var<storage, read_write> x: array<R>;
`;

/** Index prologue shared by the solve kernels: right-hand side b, block g, factor block fblk. */
function solvePrologue(firstBlock: string): string {
  return /* wgsl */ `
  ONE = prm.one;
  let idx = gid.x;
  if (idx >= prm.batch * prm.count) { return; }
  let b = idx / prm.count;
  let g = ${firstBlock} + 2u * prm.stride * (idx % prm.count);
  let fblk = select(b, 0u, prm.factorBatch == 1u) * prm.Nb + g;
  let a0 = fblk * MM;
  let d0 = fblk * m;
  let xo = (b * prm.Nb + g) * m;
  let sm = prm.stride * m;`;
}

/** Forward elimination, odd blocks of one level: y_g = L_g⁻¹ r_g in place. */
export function crSolveForwardOddWgsl(arith: Arithmetic, m: number): string {
  return /* wgsl */ `
${head(arith, m)}
${SOLVE_BINDINGS}
@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
${solvePrologue("prm.start")}
  for (var i = 0u; i < m; i++) {
    var sum = x[xo + i];
    for (var k = 0u; k < i; k++) { sum = r_sub(sum, r_mul(A[a0 + i * m + k], x[xo + k])); }
    x[xo + i] = r_mul(sum, invDiag[d0 + i]);
  }
}
`;
}

/** Forward elimination, even blocks of one level: r_g −= Z_{g−s}ᵀ y_{g−s} + Y_{g+s}ᵀ y_{g+s}. */
export function crSolveForwardEvenWgsl(arith: Arithmetic, m: number): string {
  return /* wgsl */ `
${head(arith, m)}
${SOLVE_BINDINGS}
@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
${solvePrologue("0u")}
  let hasL = g >= prm.stride;
  let hasR = g + prm.stride < prm.Nb;
  let zl = select(0u, a0 - prm.stride * MM, hasL);
  let yr = a0 + prm.stride * MM;
  for (var r = 0u; r < m; r++) {
    var acc = x[xo + r];
    if (hasL) {
      for (var k = 0u; k < m; k++) { acc = r_sub(acc, r_mul(Z[zl + k * m + r], x[xo - sm + k])); }
    }
    if (hasR) {
      for (var k = 0u; k < m; k++) { acc = r_sub(acc, r_mul(Bc[yr + k * m + r], x[xo + sm + k])); }
    }
    x[xo + r] = acc;
  }
}
`;
}

/** Back substitution, odd blocks of one level: x_g = L_g⁻ᵀ (y_g − Y_g x_{g−s} − Z_g x_{g+s}). */
export function crSolveBackOddWgsl(arith: Arithmetic, m: number): string {
  return /* wgsl */ `
${head(arith, m)}
${SOLVE_BINDINGS}
@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
${solvePrologue("prm.start")}
  let hasL = g >= prm.stride;
  let hasR = g + prm.stride < prm.Nb;
  for (var i = 0u; i < m; i++) {
    var acc = x[xo + i];
    if (hasL) {
      for (var c = 0u; c < m; c++) { acc = r_sub(acc, r_mul(Bc[a0 + i * m + c], x[xo - sm + c])); }
    }
    if (hasR) {
      for (var c = 0u; c < m; c++) { acc = r_sub(acc, r_mul(Z[a0 + i * m + c], x[xo + sm + c])); }
    }
    x[xo + i] = acc;
  }
  for (var ii = 0u; ii < m; ii++) {
    let i = m - 1u - ii;
    var sum = x[xo + i];
    for (var k = i + 1u; k < m; k++) { sum = r_sub(sum, r_mul(A[a0 + k * m + i], x[xo + k])); }
    x[xo + i] = r_mul(sum, invDiag[d0 + i]);
  }
}
`;
}
