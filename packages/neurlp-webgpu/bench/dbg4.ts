import { createCpuBackend } from "@mechanist/neurlp";
import { createWebGPUBackend } from "../src/index.ts";
const arith = (process.argv[2] ?? "df32") as "df32";
const be = await createWebGPUBackend({ arithmetic: arith });
const cpu = createCpuBackend();
const N = Number(process.argv[3] ?? 1000);
const lhs = { dims: { B: 1, N, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 }, smoothness: "central", weights: { equation: 1, initial: 1, smoothness: 1 },
  coefficients: { data: new Float64Array([1, 0, 1]), batch: 1, time: 1 }, steps: { data: new Float64Array(N - 1).fill(0.01), batch: 1, time: N - 1 } } as never;
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now();
  const m = await be.assembleMatrix(lhs);
  const tA = performance.now() - t;
  const mc = cpu.assembleMatrix(lhs) as { data: Float64Array };
  let e = 0, sc = 0; for (let i = 0; i < mc.data.length; i++) { e = Math.max(e, Math.abs(m.data[i] - mc.data[i])); sc = Math.max(sc, Math.abs(mc.data[i])); }
  t = performance.now();
  const f = await be.factor(m);
  const tF = performance.now() - t;
  const rhs = new Float64Array(N * 3).map((_, i) => Math.sin(i));
  t = performance.now();
  const x = await be.solve(f, rhs, 1);
  const tS = performance.now() - t;
  const xc = cpu.solve(cpu.factor(mc) as never, rhs, 1) as Float64Array;
  let ex = 0, sx = 0; for (let i = 0; i < xc.length; i++) { ex = Math.max(ex, Math.abs(x[i] - xc[i])); sx = Math.max(sx, Math.abs(xc[i])); }
  console.log({ rep, tA, tF, tS, bandRel: e / sc, solveRel: ex / sx });
  be.releaseFactor!(f);
}
be.dispose!();
