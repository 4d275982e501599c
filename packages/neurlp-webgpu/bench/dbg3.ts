import { GpuContext } from "../src/device.ts";
import { arithmetic } from "../src/wgsl/arith.ts";
import { pack, unpack } from "../src/pack.ts";
const ctx = await GpuContext.create();
const code = `${arithmetic("df32")}
struct P { a: u32, b: u32, c: u32, one: f32 }
@group(0) @binding(0) var<uniform> prm: P;
@group(0) @binding(1) var<storage, read> x: array<R>;
@group(0) @binding(2) var<storage, read_write> y: array<R>;
@compute @workgroup_size(1) fn main() {
  ONE = prm.one;
  y[0] = r_mul(x[0], x[1]);
  y[1] = r_add(x[0], x[1]);
  y[2] = r_div(x[0], x[1]);
  y[3] = r_sqrt(x[0]);
  y[4] = two_prod(x[0].x, x[1].x);
  y[5] = vec2f(fma(x[0].x, x[1].x, 0.0) - x[0].x * x[1].x, fma(x[0].x, x[1].x, -(x[0].x * x[1].x)));
  y[6] = two_sum(x[0].x, x[1].x);
}`;
const pipe = await ctx.pipeline("probe", () => code);
const a = Number(process.argv[2] ?? 0.1), b = Number(process.argv[3] ?? 1 / 3);
const xb = ctx.upload(pack([a, b], "df32"));
const yb = ctx.acquire(64);
const prm = ctx.uniform([0, 0, 0, 0], 3);
const out = await ctx.runAndRead((enc) => { const p = enc.beginComputePass(); ctx.dispatch(p, pipe, ctx.bind(pipe, [prm, xb, yb]), 1); p.end(); }, yb, 56);
const y = unpack(new Float32Array(out), "df32");
console.log(new Float32Array(out));
console.log("mul", y[0], a * b, (y[0] - a * b) / (a * b));
console.log("add", y[1], a + b, (y[1] - (a + b)) / (a + b));
console.log("div", y[2], a / b, (y[2] - a / b) / (a / b));
console.log("sqrt", y[3], Math.sqrt(a), (y[3] - Math.sqrt(a)) / Math.sqrt(a));
ctx.destroy();
