import type { Optimizer } from "./optimizer.js";

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
    super(optimizer);
  }
  protected lrAt(): number {
    return this.optimizer.lr;
  }
  override step(metric?: number): void {
    if (metric === undefined)
      throw new TypeError("ReduceLROnPlateau.step(metric) needs the monitored metric");
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
