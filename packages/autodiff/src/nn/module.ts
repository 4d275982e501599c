import { fmtShape, InvalidArgumentError, ShapeError } from "../errors.js";
import { Tensor } from "../tensor.js";

/**
 * Base class for layers. Parameters are found by walking own properties: tensors with requiresGrad,
 * child modules and arrays of modules, in property order (so names are stable: "layers.0.weight").
 */
export abstract class Module {
  abstract forward(...inputs: Tensor[]): Tensor;

  namedParameters(prefix = ""): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    const visit = (name: string, v: unknown): void => {
      if (v instanceof Tensor) {
        if (v.requiresGrad) out.push([name, v]);
      } else if (v instanceof Module) out.push(...v.namedParameters(`${name}.`));
      else if (Array.isArray(v)) {
        v.forEach((item, i) => {
          visit(`${name}.${i}`, item);
        });
      }
    };
    for (const [k, v] of Object.entries(this)) visit(`${prefix}${k}`, v);
    return out;
  }

  parameters(): Tensor[] {
    return this.namedParameters().map(([, p]) => p);
  }

  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }

  /** Parameter name → tensor (sharing storage, like PyTorch's state_dict). */
  stateDict(): Record<string, Tensor> {
    return Object.fromEntries(this.namedParameters());
  }

  /** Copy values into this module's parameters in place; names and shapes must match exactly. */
  loadStateDict(state: Record<string, Tensor>): void {
    const own = this.namedParameters();
    const missing = own.filter(([n]) => !Object.hasOwn(state, n)).map(([n]) => n);
    const extra = Object.keys(state).filter((n) => !own.some(([m]) => m === n));
    if (missing.length || extra.length) {
      throw new InvalidArgumentError(
        `loadStateDict: missing parameters [${missing.join(", ")}], unexpected [${extra.join(", ")}]`,
      );
    }
    for (const [n, p] of own) {
      const s = state[n];
      if (s.size !== p.size || s.shape.some((d, i) => d !== p.shape[i])) {
        throw new ShapeError(
          `loadStateDict: "${n}" has shape ${fmtShape(s.shape)}, expected ${fmtShape(p.shape)}`,
          p.shape,
          s.shape,
        );
      }
      p.data.set(s.data);
    }
  }
}
