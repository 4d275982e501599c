// Small data generators for the gallery (only the seeded Rng comes from @mechanist/autodiff).

import { Rng } from "@mechanist/autodiff";

export type Rhs = (y: number[]) => number[];

/** Classic fixed-step RK4; returns one Float64Array per state component plus the time grid. */
export function rk4(
  f: Rhs,
  y0: number[],
  dt: number,
  steps: number,
): { t: Float64Array; ys: Float64Array[] } {
  const n = y0.length;
  const t = new Float64Array(steps + 1);
  const ys = Array.from({ length: n }, () => new Float64Array(steps + 1));
  let y = [...y0];
  for (let s = 0; s <= steps; s++) {
    t[s] = s * dt;
    for (let i = 0; i < n; i++) ys[i]![s] = y[i]!;
    const k1 = f(y);
    const k2 = f(y.map((v, i) => v + (dt / 2) * k1[i]!));
    const k3 = f(y.map((v, i) => v + (dt / 2) * k2[i]!));
    const k4 = f(y.map((v, i) => v + dt * k3[i]!));
    y = y.map((v, i) => v + (dt / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return { t, ys };
}

export const lorenz =
  (sigma = 10, rho = 28, beta = 8 / 3): Rhs =>
  ([x, y, z]) => [sigma * (y! - x!), x! * (rho - z!) - y!, x! * y! - beta * z!];

/** Deterministic pseudo-random numbers in [0, 1) (the workspace's one `Rng`), so the gallery is reproducible. */
export function random(seed: number): () => number {
  const r = Rng.fromState({ state: seed >>> 0 });
  return () => r.next();
}

/** Standard normal samples by Box–Muller. */
export function gaussian(rand: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * Two-soliton solution of KdV u_t + 6 u u_x + u_xxx = 0: u = 2 ∂²ₓ log τ,
 * τ = 1 + e^η₁ + e^η₂ + A e^(η₁+η₂), ηᵢ = kᵢ x − kᵢ³ t + δᵢ, A = ((k₁−k₂)/(k₁+k₂))².
 */
export function kdvTwoSoliton(x: number, t: number, k1 = 1.2, k2 = 0.8, d1 = 6, d2 = -2): number {
  const A = ((k1 - k2) / (k1 + k2)) ** 2;
  const logTau = (xx: number) => {
    const e1 = k1 * xx - k1 ** 3 * t + d1;
    const e2 = k2 * xx - k2 ** 3 * t + d2;
    // log-sum-exp keeps τ finite far from the solitons.
    const terms = [0, e1, e2, Math.log(A) + e1 + e2];
    const m = Math.max(...terms);
    return m + Math.log(terms.reduce((s, v) => s + Math.exp(v - m), 0));
  };
  const h = 1e-3;
  return (2 * (logTau(x + h) - 2 * logTau(x) + logTau(x - h))) / (h * h);
}
