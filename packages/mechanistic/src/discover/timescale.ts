/** Time scales of the data, shared by the refinement and the re-simulation check. */
import { CONSTANT_SPREAD } from "../scale.js";
import type { SmoothedComponent } from "./smoothing.js";

interface Sampled {
  t: ArrayLike<number>;
  smoothed: SmoothedComponent[];
}

function rmsCentred(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m += a[i];
  m /= a.length;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - m) ** 2;
  return Math.sqrt(s / a.length);
}

function rms(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s / a.length);
}

/**
 * Fastest time scale: min over components of rms(x − mean)/rms(dx/dt); median sample interval. A component that
 * is constant in the data (spread at rounding level) has no time scale: its ratio would be rounding over rounding.
 */
export function timeScales(trajectories: readonly Sampled[]): { tau: number; dt: number } {
  let tau = Number.POSITIVE_INFINITY;
  const dim = trajectories[0].smoothed.length;
  for (let d = 0; d < dim; d++) {
    const x = trajectories.flatMap((tr) => Array.from(tr.smoothed[d].value));
    const dx = trajectories.flatMap((tr) => Array.from(tr.smoothed[d].derivative));
    const r = rms(dx);
    const spread = rmsCentred(x);
    if (r > 0 && spread > CONSTANT_SPREAD * rms(x)) tau = Math.min(tau, spread / r);
  }
  const steps = trajectories.flatMap((tr) =>
    Array.from({ length: tr.t.length - 1 }, (_, i) => tr.t[i + 1] - tr.t[i]),
  );
  steps.sort((a, b) => a - b);
  const dt = steps[Math.floor(steps.length / 2)];
  return { tau: Number.isFinite(tau) ? tau : dt * 50, dt };
}

/**
 * Samples per segment of ~3 time scales: long enough to average the noise, short enough that chaotic divergence
 * does not make a least-squares fit through it multimodal (9 to 401 samples).
 */
export function segmentLength(trajectories: readonly Sampled[]): number {
  const { tau, dt } = timeScales(trajectories);
  return Math.min(401, Math.max(9, Math.round((3 * tau) / dt) + 1));
}
