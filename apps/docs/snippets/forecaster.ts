import { vanDerPol } from "@mechanist/datasets";
import { MechanisticForecaster, normalizedMSE, persistenceForecast } from "@mechanist/mechanistic";

// Learn to forecast a Van der Pol oscillator 8 samples ahead from the last 16, then roll out.
const series = vanDerPol.generate({ t1: 30, dt: 0.1 }).x;
const train = series.slice(0, 240);
const forecaster = new MechanisticForecaster(2, { lookback: 16, horizon: 8, seed: 0 });
const fitted = forecaster.fit(train, { epochs: 60 });
console.log(`best validation loss ${fitted.bestLoss.toExponential(2)} at epoch ${fitted.bestEpoch}`);

const history = series.slice(0, 240);
const truth = series.slice(240, 280);
const forecast = forecaster.rollout(history, truth.length);
const persistence = persistenceForecast(history, truth.length);
console.log(
  `normalised MSE over 40 steps: MNN ${normalizedMSE(forecast, truth).toExponential(2)}, persistence ${normalizedMSE(persistence, truth).toExponential(2)}`,
);
