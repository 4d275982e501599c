import type { BackendFactory, NeurlpBackend } from "./backend.js";
import { NeurlpBackendError } from "./errors.js";

/**
 * Backend registry: a map from name to factory. The core never imports a backend; backends (the
 * built-in CPU one included) call `registerBackend`. Instances are created on first use and cached.
 */

interface Entry {
  factory: BackendFactory;
  priority: number;
  instance?: NeurlpBackend;
  pending?: Promise<NeurlpBackend>;
}

const entries = new Map<string, Entry>();

export interface RegisterOptions {
  /** Higher wins when no backend is named. Negative = beta, never chosen by default. Default 0. */
  priority?: number;
  /** Replace an existing registration of the same name (default false: that is an error). */
  override?: boolean;
}

/**
 * Registers a backend factory under `name` (instances are created on first use and cached). `priority`
 * decides which backend is used when none is named (negative: never by default); re-registering a name needs
 * `override: true`.
 */
export function registerBackend(name: string, factory: BackendFactory, options: RegisterOptions = {}): void {
  if (typeof name !== "string" || name.length === 0) {
    throw new NeurlpBackendError("registerBackend: name must be a non-empty string");
  }
  if (typeof factory !== "function") {
    throw new NeurlpBackendError(
      `registerBackend("${name}"): factory must be a function returning a backend`,
    );
  }
  const existing = entries.get(name);
  if (existing && !options.override) {
    throw new NeurlpBackendError(
      `registerBackend: a backend named "${name}" is already registered (pass { override: true } to replace it)`,
    );
  }
  existing?.instance?.dispose?.();
  entries.set(name, { factory, priority: options.priority ?? 0 });
}

/** Remove a backend (and dispose its instance). Returns whether it was registered. */
export function unregisterBackend(name: string): boolean {
  const entry = entries.get(name);
  if (!entry) return false;
  entry.instance?.dispose?.();
  return entries.delete(name);
}

/** Registered names, highest priority first. */
export function listBackends(): string[] {
  return [...entries.entries()].sort((a, b) => b[1].priority - a[1].priority).map(([name]) => name);
}

function defaultName(): string {
  const candidates = [...entries.entries()]
    .filter(([, e]) => e.priority >= 0)
    .sort((a, b) => b[1].priority - a[1].priority);
  if (candidates.length === 0) {
    throw new NeurlpBackendError(
      `no default NeuRLP backend: registered backends are [${listBackends().join(", ")}] (beta backends with negative priority are only used by name)`,
    );
  }
  return candidates[0]![0];
}

function entryFor(name: string | undefined): [string, Entry] {
  const key = name ?? defaultName();
  const entry = entries.get(key);
  if (!entry) {
    throw new NeurlpBackendError(
      `unknown NeuRLP backend "${key}"; registered backends: [${listBackends().join(", ")}]. Register it with registerBackend(name, factory) first.`,
    );
  }
  return [key, entry];
}

const REQUIRED = ["factor", "solve"] as const;
const OPTIONAL = ["assembleMatrix", "assembleRhs", "assembleAndFactor", "releaseFactor", "dispose"] as const;

/** What is wrong with a factory's result, or null when it is a NeurlpBackend. */
function contractProblem(b: NeurlpBackend | null): string | null {
  if (!b) return "it returned nothing";
  const missing = REQUIRED.filter((k) => typeof b[k] !== "function");
  if (missing.length) return `missing kernels: ${missing.join(", ")}`;
  const bad = OPTIONAL.filter((k) => b[k] !== undefined && typeof b[k] !== "function");
  if (bad.length) return `not functions: ${bad.join(", ")}`;
  if (b.precision !== 32 && b.precision !== 64) return "needs precision 32|64";
  const f = b.features;
  if (!f || typeof f.synchronous !== "boolean" || typeof f.parallelInTime !== "boolean") {
    return "needs features { synchronous: boolean, parallelInTime: boolean }";
  }
  if (f.assembles !== undefined && !Array.isArray(f.assembles)) return "features.assembles must be an array";
  return null;
}

function checkInstance(name: string, backend: unknown): NeurlpBackend {
  const b = backend as NeurlpBackend | null;
  const problem = contractProblem(b);
  if (problem) {
    throw new NeurlpBackendError(
      `backend "${name}" factory returned an object that is not a NeurlpBackend (${problem})`,
    );
  }
  return b!;
}

/**
 * A fresh instance of a registered backend, neither cached nor disposed by the registry (the
 * conformance suite disposes one to check that it leaves the registered instance working).
 */
export async function createInstance(name: string): Promise<NeurlpBackend> {
  const [key, entry] = entryFor(name);
  return checkInstance(key, await entry.factory());
}

/** The backend instance for `name` (or the default), creating it on first use. */
export async function getBackend(name?: string): Promise<NeurlpBackend> {
  const [key, entry] = entryFor(name);
  if (entry.instance) return entry.instance;
  if (!entry.pending) {
    entry.pending = (async () => {
      try {
        const instance = checkInstance(key, await entry.factory());
        entry.instance = instance;
        return instance;
      } catch (err) {
        entry.pending = undefined;
        if (err instanceof NeurlpBackendError) throw err;
        throw new NeurlpBackendError(
          `backend "${key}" failed to initialise: ${(err as Error)?.message ?? err}`,
        );
      }
    })();
  }
  return entry.pending;
}

/**
 * The backend instance without awaiting: works when it is already created or its factory is
 * synchronous. Used by the synchronous Tensor-level entry points.
 */
export function getBackendSync(name?: string): NeurlpBackend {
  const [key, entry] = entryFor(name);
  if (entry.instance) return entry.instance;
  const created = entry.factory();
  if (created instanceof Promise) {
    created.then(
      (b) => {
        entry.instance ??= checkInstance(key, b);
      },
      () => {},
    );
    throw new NeurlpBackendError(
      `backend "${key}" has an async factory and is not initialised yet: call \`await getBackend("${key}")\` once before using it synchronously`,
    );
  }
  entry.instance = checkInstance(key, created);
  return entry.instance;
}

/** Dispose every created backend instance (registrations stay). */
export async function disposeBackends(): Promise<void> {
  for (const entry of entries.values()) {
    const instance = entry.instance;
    entry.instance = undefined;
    entry.pending = undefined;
    await instance?.dispose?.();
  }
}
