import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearAutoregression, MechanisticForecaster, normalizedMSE } from "../src/index.js";
import { meanAndSpread } from "../src/scale.js";

// Forecasting reads data at any magnitude a double holds: scaling the data by a power of two scales every
// statistic, baseline and prediction by exactly that power (no overflow at 1e300, no underflow at 1e-300), and
// leaves the normalised errors unchanged. Powers of two make "exactly" exact: they only move the exponent.
const series = (n: number) =>
  Array.from({ length: n }, (_, i) => [Math.cos(0.2 * i) + 3, 0.5 * Math.sin(0.3 * i)]);
const scaled = (s: number[][], k: number) => s.map((r) => r.map((v) => v * 2 ** k));
const huge = 990; // 2^990 ≈ 1e298
const tiny = -990;

describe("scale invariance of forecasting", () => {
  it("meanAndSpread(2^k·x) = 2^k·meanAndSpread(x), bit for bit, for k from -900 to 900", () => {
    // values in thousandths up to ±1000: every intermediate stays a normal double at 2^±900
    const value = fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 50 }),
        fc.integer({ min: -900, max: 900 }),
        (x, k) => {
          const a = meanAndSpread(x);
          const b = meanAndSpread(x.map((v) => v * 2 ** k));
          expect(b.mean === a.mean * 2 ** k, `mean ${b.mean} vs ${a.mean * 2 ** k}`).toBe(true);
          expect(b.spread === a.spread * 2 ** k, `spread ${b.spread} vs ${a.spread * 2 ** k}`).toBe(true);
        },
      ),
    );
  });

  it("the linear autoregression baseline and the normalised MSE follow the scale exactly", () => {
    const s = series(80);
    const base = linearAutoregression(s, 10, 4);
    for (const k of [tiny, -200, 200, huge]) {
      expect(linearAutoregression(scaled(s, k), 10, 4)).toEqual(scaled(base, k));
      expect(normalizedMSE(scaled(base, k), scaled(s.slice(0, 10), k))).toBe(
        normalizedMSE(base, s.slice(0, 10)),
      );
    }
  });

  it("a trained forecaster predicts 2^k times its unscaled predictions (1e±298 data train and roll out)", () => {
    const run = (k: number) => {
      const f = new MechanisticForecaster(2, { lookback: 6, horizon: 3, hidden: [8], seed: 1 });
      const fitted = f.fit(scaled(series(40), k), { epochs: 2, batchSize: 8 });
      return { losses: fitted.history.map((h) => h.trainLoss), rollout: f.rollout(scaled(series(40), k), 5) };
    };
    const base = run(0);
    for (const k of [tiny, huge]) {
      const r = run(k);
      expect(r.losses).toEqual(base.losses);
      expect(r.rollout).toEqual(scaled(base.rollout, k));
    }
  });
});
