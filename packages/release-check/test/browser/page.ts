// Runs in Chromium from one esbuild bundle (platform browser, no externals, no "source" condition) of
// every published package's main entry. Each check uses the package for real and returns numbers the
// Node side compares with closed forms or known values.
import { tensor } from "@mechanist/autodiff";
import { UsageError } from "@mechanist/cli";
import { lorenz, rk4 } from "@mechanist/datasets";
import { sindy } from "@mechanist/mechanistic";
import { solveODE } from "@mechanist/neurlp";
import { registerGpujs } from "@mechanist/neurlp-gpujs";
import { registerTfjs } from "@mechanist/neurlp-tfjs";
import { registerWebGPU } from "@mechanist/neurlp-webgpu";
import { linePlot } from "@mechanist/viz";

// u'' + u = 0, u(0) = 0, u'(0) = 1 on [0, 1]: u(1) = sin 1.
const oscillator = {
  coefficients: [[[[[1, 0, 1]]]]],
  rhs: [[[0]]],
  initial: [[[[0, 1]]]],
  steps: 0.01,
  nSteps: 101,
};

async function uAtOne(backend: string): Promise<number> {
  const { u } = await solveODE(oscillator, { backend });
  return u.data[3 * 100]!;
}

export async function run() {
  const x = tensor([3], [1], { requiresGrad: true });
  x.mul(x).sum().backward();
  const data = lorenz.generate({ t1: 2, dt: 0.002, seed: 1 });
  const model = sindy([{ t: data.t, x: data.x }], { variables: data.names, degree: 2, threshold: 0.5 });
  const decay = rk4(
    (_t, y, dydt) => {
      dydt[0] = -y[0]!;
    },
    [1],
    { t0: 0, t1: 1, dt: 0.01 },
  );
  registerTfjs({ tfBackend: "cpu", name: "tfjs-cpu" });
  registerGpujs({ mode: "cpu", name: "gpujs-cpu" });
  return {
    autodiffGrad: Array.from(x.grad!.data),
    cliError: new UsageError("x").name,
    rk4Decay: decay.x.at(-1)![0],
    sindyTerms: model.model.terms,
    sindyCoefficients: model.model.coefficients,
    cpu: await uAtOne("cpu"),
    tfjs: await uAtOne("tfjs-cpu"),
    gpujs: await uAtOne("gpujs-cpu"),
    webgpuName: registerWebGPU({ name: "webgpu-registered" }),
    svgStart: linePlot({ series: [{ x: [0, 1], y: [0, 1] }] }).slice(0, 4),
  };
}
