/**
 * Scalar arithmetic for the kernels, generated in one of two flavours so every kernel is written once:
 *
 * - "f32": R = f32, plain IEEE single precision.
 * - "df32": R = vec2<f32> holding an unevaluated sum hi + lo ("double-float", ~44-bit significand),
 *   with error-free transformations (Knuth's two-sum, Dekker's two-product). WGSL has no f64;
 *   this is what keeps the factor of a normal matrix with cond ~1e8–1e10 positive definite.
 *
 * Functions: r_add r_sub r_mul r_div r_sqrt r_neg r_zero r_of(f32) r_hi(R) (leading f32 part, for
 * pivot tests). `bad(x)` is true for ±Inf/NaN, tested on the bits because WGSL compilers may assume
 * floats are finite.
 */
export type Arithmetic = "f32" | "df32";

const COMMON = /* wgsl */ `
fn bad(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) == 0x7f800000u; }
`;

const F32 = /* wgsl */ `
alias R = f32;
var<private> ONE: f32 = 1.0;
fn r_zero() -> R { return 0.0; }
fn r_of(x: f32) -> R { return x; }
fn r_hi(x: R) -> f32 { return x; }
fn r_add(a: R, b: R) -> R { return a + b; }
fn r_sub(a: R, b: R) -> R { return a - b; }
fn r_mul(a: R, b: R) -> R { return a * b; }
fn r_div(a: R, b: R) -> R { return a / b; }
fn r_neg(a: R) -> R { return -a; }
fn r_sqrt(a: R) -> R { return sqrt(a); }
`;

// The error terms are computed through \`ONE\`, a value read from a buffer, so that a compiler that
// treats float arithmetic as associative cannot simplify (a + b) − a to b and cancel them.
const DF32 = /* wgsl */ `
alias R = vec2<f32>;
var<private> ONE: f32 = 1.0;
fn r_zero() -> R { return vec2<f32>(0.0, 0.0); }
fn r_of(x: f32) -> R { return vec2<f32>(x, 0.0); }
fn r_hi(x: R) -> f32 { return x.x; }
// opq(x) is x, through an integer XOR with a zero the compiler cannot see (derived from ONE): no
// floating-point rewrite can cross it, so the error terms below are computed as written.
fn opq(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) ^ (bitcast<u32>(ONE) ^ 0x3f800000u)); }
fn two_sum(a: f32, b: f32) -> vec2<f32> {
  let s = opq(a + b);
  let bb = opq(s - a);
  let av = opq(s - bb);
  return vec2<f32>(s, opq(a - av) + opq(b - bb));
}
fn quick_two_sum(a: f32, b: f32) -> vec2<f32> {
  let s = opq(a + b);
  let e = opq(s - a);
  return vec2<f32>(s, opq(b - e));
}
// Dekker's product with Veltkamp splitting: WGSL's fma() is not guaranteed fused (it is not on
// lavapipe), so the error term is rebuilt from 12-bit halves whose products are exact.
fn split(a: f32) -> vec2<f32> {
  let t = opq(4097.0 * a);
  let hi = opq(t - opq(t - a));
  return vec2<f32>(hi, opq(a - hi));
}
fn two_prod(a: f32, b: f32) -> vec2<f32> {
  let p = opq(a * b);
  let x = split(a);
  let y = split(b);
  return vec2<f32>(p, ((opq(x.x * y.x) - p) + opq(x.x * y.y) + opq(x.y * y.x)) + opq(x.y * y.y));
}
fn r_add(a: R, b: R) -> R {
  var s = two_sum(a.x, b.x);
  let t = two_sum(a.y, b.y);
  s.y += t.x;
  s = quick_two_sum(s.x, s.y);
  s.y += t.y;
  return quick_two_sum(s.x, s.y);
}
fn r_neg(a: R) -> R { return -a; }
fn r_sub(a: R, b: R) -> R { return r_add(a, -b); }
fn r_mul(a: R, b: R) -> R {
  var p = two_prod(a.x, b.x);
  p.y += a.x * b.y + a.y * b.x;
  return quick_two_sum(p.x, p.y);
}
fn r_div(a: R, b: R) -> R {
  let q1 = a.x / b.x;
  var r = r_sub(a, r_mul(vec2<f32>(q1, 0.0), b));
  let q2 = r.x / b.x;
  r = r_sub(r, r_mul(vec2<f32>(q2, 0.0), b));
  let q3 = r.x / b.x;
  return r_add(quick_two_sum(q1, q2), vec2<f32>(q3, 0.0));
}
fn r_sqrt(a: R) -> R {
  if (a.x <= 0.0) { return vec2<f32>(sqrt(a.x), 0.0); }
  let s = sqrt(a.x);
  let e = r_sub(a, two_prod(s, s));
  return quick_two_sum(s, e.x / (2.0 * s));
}
`;

export function arithmetic(kind: Arithmetic): string {
  return COMMON + (kind === "f32" ? F32 : DF32);
}

/** Float32 words per scalar. */
export function wordsPer(kind: Arithmetic): 1 | 2 {
  return kind === "f32" ? 1 : 2;
}

/** Relative pivot tolerance of the factorisations (64 units of the working precision). */
export function pivotTolerance(kind: Arithmetic): number {
  return kind === "f32" ? 64 * 2 ** -24 : 64 * 2 ** -44;
}
