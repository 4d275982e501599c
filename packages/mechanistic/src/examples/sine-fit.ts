import { Adam, Rng, type Tensor, tensor } from "@mechanist/autodiff";
import { odeSolve } from "@mechanist/neurlp";

/**
 * The damped noisy-sine fit of the MNN papers (S-MNN `examples/sine`; README "The damped noisy-sine fit"): no network, a free
 * second-order ODE with its own coefficients at every grid point, rhs fixed to 1, no initial rows, and
 * free per-interval step sizes h = sigmoid(raw), all learned with Adam on the summed squared error of
 * u against y = (sin 2t + σ·noise)·exp(−0.1 t). The time-varying linear ODE can follow the signal
 * almost anywhere, so the loss should fall to about the noise floor Σ (σ·noiseᵢ·exp(−0.1 tᵢ))².
 */
export interface SineFitOptions {
  /** Grid points (paper: 500). */
  points?: number;
  /** Grid spacing of the data (paper: 0.1). */
  dt?: number;
  /** Noise scale σ (paper: 0.5). */
  noise?: number;
  iterations?: number;
  lr?: number;
  seed?: number;
  onIteration?: (iteration: number, loss: number) => void;
}

export interface SineFitResult {
  /** Summed squared error of u against the noisy data, per iteration. */
  losses: number[];
  /** Σ (noisy − clean)²: what a perfect model of the clean signal would score. */
  noiseFloor: number;
  /** Summed squared error of the final u against the clean signal. */
  cleanError: number;
  /** The fitted u(t) at the grid points, and the learned step sizes. */
  u: number[];
  steps: number[];
}

export function fitDampedSine(options: SineFitOptions = {}): SineFitResult {
  const N = options.points ?? 500;
  const dt = options.dt ?? 0.1;
  const sigma = options.noise ?? 0.5;
  const iterations = options.iterations ?? 500;
  const rng = new Rng(options.seed ?? 0);

  const clean: number[] = [];
  const noisy: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = i * dt;
    const decay = Math.exp(-0.1 * t);
    clean.push(Math.sin(2 * t) * decay);
    noisy.push((Math.sin(2 * t) + sigma * rng.normal()) * decay);
  }
  let noiseFloor = 0;
  for (let i = 0; i < N; i++) noiseFloor += (noisy[i]! - clean[i]!) ** 2;

  // Free parameters: coefficients [1, N, 1, 1, 3] (random init as in the paper), raw steps [1, N−1].
  const coefData = new Float64Array(N * 3);
  for (let i = 0; i < coefData.length; i++) coefData[i] = rng.normal();
  const coefficients = tensor(coefData, [1, N, 1, 1, 3], { requiresGrad: true });
  const logit = Math.log(dt / (1 - dt));
  const rawSteps = tensor(new Float64Array(N - 1).fill(logit), [1, N - 1], { requiresGrad: true });
  const rhs = tensor(new Float64Array(N).fill(1), [1, N, 1]);
  const target = tensor(Float64Array.from(noisy), [1, N]);
  const opt = new Adam([coefficients, rawSteps], { lr: options.lr ?? 0.01 });

  const losses: number[] = [];
  let u: Tensor | null = null;
  for (let it = 0; it < iterations; it++) {
    opt.zeroGrad();
    const steps = rawSteps.sigmoid();
    const sol = odeSolve({ coefficients, rhs, steps }, { smoothness: "central" });
    u = sol.reshape([1, N, 3]).slice([0, 0, 0], [1, N, 1]).reshape([1, N]);
    const loss = u.sub(target).square().sum();
    loss.backward();
    opt.step();
    losses.push(loss.item());
    options.onIteration?.(it, losses[it]!);
  }
  const uFinal = Array.from(u!.data);
  let cleanError = 0;
  for (let i = 0; i < N; i++) cleanError += (uFinal[i]! - clean[i]!) ** 2;
  const steps = Array.from(rawSteps.data, (r) => 1 / (1 + Math.exp(-r)));
  return { losses, noiseFloor, cleanError, u: uFinal, steps };
}
