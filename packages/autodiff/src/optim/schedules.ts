import { InvalidArgumentError } from "../errors.js";
import { checkOptionKeys } from "../option-keys.js";
import type { Optimizer } from "./optimizer.js";

/** What each schedule option must be: a check and its wording. */
const RULES: Record<string, [(v: number) => boolean, string]> = {
  stepSize: [(v) => Number.isInteger(v) && v > 0, "an integer > 0"],
  gamma: [(v) => v > 0 && Number.isFinite(v), "a finite number > 0"],
  tMax: [(v) => v > 0 && Number.isFinite(v), "a finite number > 0"],
  etaMin: [(v) => v >= 0 && Number.isFinite(v), "a finite number ≥ 0"],
  factor: [(v) => v > 0 && v < 1, "a number in (0, 1)"],
  patience: [(v) => Number.isInteger(v) && v >= 0, "an integer ≥ 0"],
  threshold: [(v) => v >= 0 && Number.isFinite(v), "a finite number ≥ 0"],
  minLr: [(v) => v >= 0 && Number.isFinite(v), "a finite number ≥ 0"],
};

/**
 * Checks a schedule's options: known keys only, `required` ones present, every number within its rule (a
 * missing gamma would otherwise make every later lr NaN without a word).
 */
function checkSchedule(where: string, opts: object, keys: string[], required: string[]): void {
  checkOptionKeys(opts, Object.fromEntries(keys.map((k) => [k, true as const])), `${where} options`);
  for (const key of keys) {
    const value = (opts as Record<string, unknown>)[key];
    if (value === undefined && !required.includes(key)) continue;
    if (key === "mode") {
      if (value !== "min" && value !== "max")
        throw new InvalidArgumentError(`${where}: mode must be "min" or "max", got ${String(value)}`);
      continue;
    }
    const [ok, wanted] = RULES[key]!;
    if (typeof value !== "number" || !ok(value))
      throw new InvalidArgumentError(`${where}: ${key} must be ${wanted}, got ${String(value)}`);
  }
}

/** Base schedule: sets optimizer.lr from the epoch count on each step(). */
export abstract class LRScheduler {
  epoch = 0;
  readonly baseLr: number;
  constructor(readonly optimizer: Optimizer) {
    this.baseLr = optimizer.lr;
  }
  protected abstract lrAt(epoch: number): number;
  step(_metric?: number): void {
    this.epoch++;
    this.optimizer.lr = this.lrAt(this.epoch);
  }
  stateDict(): Record<string, number | null> {
    return { epoch: this.epoch, lr: this.optimizer.lr };
  }
  loadStateDict(s: Record<string, number | null>): void {
    this.epoch = s.epoch ?? 0;
    this.optimizer.lr = s.lr ?? this.optimizer.lr;
  }
}

/** lr = base · gamma^floor(epoch / stepSize). */
export class StepLR extends LRScheduler {
  constructor(
    optimizer: Optimizer,
    readonly opts: { stepSize: number; gamma?: number },
  ) {
    checkSchedule("StepLR", opts, ["stepSize", "gamma"], ["stepSize"]);
    super(optimizer);
  }
  protected lrAt(e: number): number {
    return this.baseLr * (this.opts.gamma ?? 0.1) ** Math.floor(e / this.opts.stepSize);
  }
}

/** lr = base · gamma^epoch. */
export class ExponentialLR extends LRScheduler {
  constructor(
    optimizer: Optimizer,
    readonly opts: { gamma: number },
  ) {
    checkSchedule("ExponentialLR", opts, ["gamma"], ["gamma"]);
    super(optimizer);
  }
  protected lrAt(e: number): number {
    return this.baseLr * this.opts.gamma ** e;
  }
}

/** Half-cosine from base to etaMin over tMax epochs (then stays at etaMin). */
export class CosineAnnealingLR extends LRScheduler {
  constructor(
    optimizer: Optimizer,
    readonly opts: { tMax: number; etaMin?: number },
  ) {
    checkSchedule("CosineAnnealingLR", opts, ["tMax", "etaMin"], ["tMax"]);
    super(optimizer);
  }
  protected lrAt(e: number): number {
    const min = this.opts.etaMin ?? 0;
    return (
      min +
      ((this.baseLr - min) * (1 + Math.cos((Math.PI * Math.min(e, this.opts.tMax)) / this.opts.tMax))) / 2
    );
  }
}

/** Multiply lr by `factor` when the metric has not improved (relative threshold) for `patience` steps. */
export class ReduceLROnPlateau extends LRScheduler {
  best = Number.POSITIVE_INFINITY;
  bad = 0;
  constructor(
    optimizer: Optimizer,
    readonly opts: {
      factor?: number;
      patience?: number;
      threshold?: number;
      minLr?: number;
      mode?: "min" | "max";
    } = {},
  ) {
    checkSchedule("ReduceLROnPlateau", opts, ["factor", "patience", "threshold", "minLr", "mode"], []);
    super(optimizer);
  }
  protected lrAt(): number {
    return this.optimizer.lr;
  }
  override step(metric?: number): void {
    if (typeof metric !== "number" || Number.isNaN(metric))
      throw new InvalidArgumentError(
        `ReduceLROnPlateau.step(metric) needs the monitored metric as a number, got ${String(metric)}`,
      );
    this.epoch++;
    const m = this.opts.mode === "max" ? -metric : metric;
    if (!Number.isFinite(this.best) || m < this.best - Math.abs(this.best) * (this.opts.threshold ?? 1e-4)) {
      this.best = m;
      this.bad = 0;
    } else if (++this.bad > (this.opts.patience ?? 10)) {
      this.optimizer.lr = Math.max(this.opts.minLr ?? 0, this.optimizer.lr * (this.opts.factor ?? 0.1));
      this.bad = 0;
    }
  }
  /** best is null until a finite metric was seen (JSON has no Infinity). */
  override stateDict(): Record<string, number | null> {
    return { ...super.stateDict(), best: Number.isFinite(this.best) ? this.best : null, bad: this.bad };
  }
  override loadStateDict(s: Record<string, number | null>): void {
    super.loadStateDict(s);
    this.best = s.best ?? Number.POSITIVE_INFINITY;
    this.bad = s.bad ?? 0;
  }
}
