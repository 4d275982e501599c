/** The --backend flag: a name from the NeuRLP registry (checked when the command runs, after any plug-in loads). */
import { listBackends } from "@mechanist/neurlp";
import { UsageError } from "./errors.js";

export function checkBackend(name: string | undefined): void {
  if (name !== undefined && !listBackends().includes(name))
    throw new UsageError(
      `--backend: unknown backend "${name}"; registered backends: ${listBackends().join(", ")}`,
    );
}
