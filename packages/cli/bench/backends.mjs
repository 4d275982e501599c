/**
 * `mechanist solve` and `mechanist discover` on every installed NeuRLP backend, side by side: the commands
 * run interleaved (round-robin over backends, `--rounds` times) as a user runs them, from the built CLI, and
 * the table reports the median wall time of the whole process and the solver's own time (`seconds` in the
 * --json output), plus each result's accuracy (solve: max |u − closed form|; discover: worst relative
 * coefficient error on the Lorenz default). Usage: node bench/backends.mjs [--rounds 3] [--backends a,b].
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const bin = join(import.meta.dirname, "..", "dist", "bin.js");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg("rounds", "3"));
const backends = arg("backends", "cpu,tfjs,gpujs,webgpu").split(",");

const w = Math.sqrt(4 - 0.15 ** 2);
const exact = (t) => Math.exp(-0.15 * t) * (Math.cos(w * t) + (0.15 / w) * Math.sin(w * t));
const LORENZ = [
  { x: -10, y: 10 },
  { x: 28, y: -1, "x*z": -1 },
  { z: -8 / 3, "x*y": 1 },
];
const TASKS = {
  solve: {
    args: (scheme) => [
      "solve",
      "u'' + 0.3u' + 4u = 0",
      "--init",
      "u=1,u'=0",
      "--t",
      "0:10:0.01",
      "--scheme",
      scheme,
    ],
    error: (o) => o.t.reduce((m, t, i) => Math.max(m, Math.abs(o.u[i][0] - exact(t))), 0),
  },
  discover: {
    args: () => ["discover"],
    error: (o) =>
      Math.max(
        ...LORENZ.flatMap((eq, d) =>
          o.terms.map((term, j) =>
            eq[term] === undefined
              ? Math.abs(o.coefficients[d][j])
              : Math.abs(o.coefficients[d][j] / eq[term] - 1),
          ),
        ),
      ),
  },
};
const cases = [
  ["solve (high)", TASKS.solve, "high"],
  ["solve (published)", TASKS.solve, "published"],
  ["discover", TASKS.discover],
];

function run(task, extra, backend) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bin, ...task.args(extra), "--backend", backend, "--json"], {
    encoding: "utf8",
  });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${backend}: exit ${r.status}\n${r.stderr}`);
  const out = JSON.parse(r.stdout);
  return { wall, seconds: out.seconds, error: task.error(out) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = new Map();
for (let round = 0; round < rounds; round++) {
  for (const [label, task, extra] of cases) {
    for (const backend of backends) {
      const key = `${label}|${backend}`;
      const r = run(task, extra, backend);
      process.stderr.write(`round ${round + 1} ${label} ${backend}: ${r.wall.toFixed(2)} s\n`);
      results.set(key, [...(results.get(key) ?? []), r]);
    }
  }
}
console.log(`| command | ${backends.join(" | ")} |`);
console.log(`|---|${backends.map(() => "---|").join("")}`);
for (const [label] of cases) {
  const cells = backends.map((b) => {
    const rs = results.get(`${label}|${b}`);
    const wall = median(rs.map((r) => r.wall));
    const own = median(rs.map((r) => r.seconds));
    const err = Math.max(...rs.map((r) => r.error));
    return `${wall.toFixed(1)} s (${own.toFixed(2)} s), err ${err.toExponential(1)}`;
  });
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}
