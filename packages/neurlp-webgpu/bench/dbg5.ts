import { createCpuBackend } from "@mechanist/neurlp";
import { createWebGPUBackend } from "../src/index.ts";
const be = await createWebGPUBackend({ arithmetic: "df32" });
const cpu = createCpuBackend();
const N = 6;
const lhs = { dims: { B: 1, N, E: 1, D: 1, K: 3, nIvSteps: 1, nIv: 2 }, smoothness: "central", weights: { equation: 1, initial: 1, smoothness: 1 },
  coefficients: { data: new Float64Array([1, 0, 1]), batch: 1, time: 1 }, steps: { data: new Float64Array(N - 1).fill(0.01), batch: 1, time: N - 1 } } as never;
const m = await be.assembleMatrix(lhs);
const mc = cpu.assembleMatrix(lhs) as { data: Float64Array };
for (let i = 0; i < mc.data.length; i++) { const d = m.data[i] - mc.data[i]; if (Math.abs(d) > 1e-14 * Math.max(1e-300, Math.abs(mc.data[i]))) console.log(i, Math.floor(i / 27), (i % 27) / 9 | 0, i % 9, mc.data[i], m.data[i], d); }
be.dispose!();
