import { EquationError, formatLinearOde, parseLinearOde, sampleLinearOde } from "@mechanist/neurlp/equation";
import { describe, expect, it } from "vitest";
import { benchFile, formatCell, measuredOn } from "../.vitepress/theme/lib/bench-tables.js";
import { adaptReadme, addRegions, escapeStrayHtml } from "../scripts/readme-transform.js";
import { parseEquation } from "./site.js";

describe("the solve demo's equation parser (@mechanist/neurlp/equation, shared with the CLI)", () => {
  it("reads constant and time-varying coefficients and moves terms across the equals sign", () => {
    const ode = parseLinearOde("2*u' = 1 - u");
    expect([ode.coefficient(0, 0), ode.coefficient(1, 0), ode.forcing(0)]).toEqual([1, 2, 1]);
    const tv = parseLinearOde("u' + 2*t*u = sin(t)");
    expect([tv.coefficient(0, 3), tv.forcing(3)]).toEqual([6, Math.sin(3)]);
    const { coefficients } = sampleLinearOde(tv, [0, 0.5]);
    expect([...coefficients]).toEqual([0, 1, 1, 1]);
  });

  it("rejects what is not a linear ODE with an EquationError, and formats back", () => {
    expect(() => parseLinearOde("u'' + sin(u) = 0")).toThrow(EquationError);
    expect(() => parseLinearOde("u = 1")).toThrow(/no derivative/);
    expect(() => parseLinearOde("u' = 1 = 2")).toThrow(EquationError);
    expect(formatLinearOde(parseLinearOde("u'' + 0.3u' + 4u = 0"))).toBe("u'' + 0.3u' + 4u = 0");
    expect(formatLinearOde(parseLinearOde("-u' = u - 3"))).toBe("-u' - u = -3");
  });
});

describe("benchmark JSON → tables", () => {
  it("says when and on what a file was measured, top level or under machine, and what it does not record", () => {
    const top = { date: "2026-11-29T18:23:50Z", cpu: "AMD EPYC", cpus: 2, node: "v20", loadAvgStart: 14.94 };
    expect(measuredOn(top)).toBe(
      "2026-11-29T18:23:50Z · AMD EPYC × 2 cores · Node v20 · load average 14.9 at start",
    );
    const nested = { machine: { cpu: "AMD EPYC", cores: 2, node: "v20", loadavgAtStart: [0.6, 2.03, 3.24] } };
    expect(measuredOn(nested)).toBe(
      "date not recorded in the file · AMD EPYC × 2 cores · Node v20 · load average 0.6 at start",
    );
    expect(measuredOn([1, 2])).toBe("date not recorded in the file");
  });

  it("turns scalars into metadata and arrays of objects into tables, skipping nested arrays", () => {
    const f = benchFile("autodiff", "a.json", {
      date: "2026-11-24",
      cpus: 2,
      rows: [
        { case: "matmul", ours: 1.5, samples: [1, 2] },
        { case: "mlp", ours: 2, extra: true },
      ],
    });
    expect(f.meta).toEqual([
      ["date", "2026-11-24"],
      ["cpus", 2],
    ]);
    expect(f.tables).toEqual([
      {
        title: "rows",
        columns: ["case", "ours", "extra"],
        rows: [
          ["matmul", 1.5, null],
          ["mlp", 2, true],
        ],
      },
    ]);
  });

  it("finds nested tables (vitest bench output) and keeps the useful statistics", () => {
    const bench = {
      name: "x",
      median: 5.5,
      mean: 6,
      p99: 9,
      min: 4,
      max: 10,
      hz: 160,
      rme: 3,
      sampleCount: 60,
    };
    const stats = {
      ...bench,
      id: "1",
      p75: 7,
      p995: 9,
      p999: 9,
      sd: 1,
      sem: 0.1,
      df: 59,
      critical: 2,
      moe: 0.2,
    };
    const f = benchFile("viz", "viz.json", {
      files: [{ filepath: "f", groups: [{ fullName: "g", benchmarks: [stats] }] }],
    });
    const table = f.tables.find((t) => t.title.endsWith("benchmarks"))!;
    expect(table.title).toBe("files › 0 › groups › g › benchmarks");
    expect(table.columns.slice(0, 9)).toEqual([
      "name",
      "median",
      "mean",
      "p99",
      "min",
      "max",
      "hz",
      "rme",
      "sampleCount",
    ]);
    expect(table.rows[0]!.slice(0, 2)).toEqual(["x", 5.5]);
  });

  it("formats numbers to 4 significant digits", () => {
    expect(formatCell(1.072227999)).toBe("1.072");
    expect(formatCell(0.00021307)).toBe("2.131e-4");
    expect(formatCell(2000)).toBe("2000");
    expect(formatCell(null)).toBe("");
  });
});

describe("parseEquation (reads the discovery demo's output)", () => {
  it("reads signed coefficients per term", () => {
    expect(parseEquation("dy/dt = 27.99 x - 1.00 y - 1.00 x*z")).toEqual({ x: 27.99, y: -1, "x*z": -1 });
    expect(parseEquation("dz/dt = -2.67 z + 1.00 x*y + 0.50")).toEqual({ z: -2.67, "x*y": 1, "1": 0.5 });
  });
});

describe("package README → guide partial", () => {
  it("escapes stray '<' outside code (as CommonMark pairs backticks) and keeps real HTML", () => {
    const text =
      "a `x <y>` b <name> <img src=x> <!-- c -->\n`--s <a \\`m\\`>`, `--d <f>` <p>\n```\n<keep>\n```";
    expect(escapeStrayHtml(text)).toBe(
      // The span "`--s <a \\`" closes at the escaped backtick, so "<f>" ends up outside code.
      "a `x <y>` b &lt;name> <img src=x> <!-- c -->\n`--s <a \\`m\\`>`, `--d &lt;f>` <p>\n```\n<keep>\n```",
    );
  });

  it("demotes headings, wraps each section in a region and adds required ones", () => {
    const out = addRegions(
      adaptReadme("# pkg\n\n## Writing a backend\n\nbody\n\n## API\n\nx\n", "p", () => null),
      ["writing-a-backend", "missing"],
    );
    expect(out).not.toContain("pkg\n");
    expect(out).toContain(
      "### Writing a backend\n<!-- #region writing-a-backend -->\n\nbody\n\n<!-- #endregion writing-a-backend -->",
    );
    expect(out).toContain("<!-- #region missing -->");
  });

  it("turns relative links into text and relative images into copied assets", () => {
    const out = adaptReadme(
      "See [the code](src/a.ts) and [site](https://x.org).\n![plot](docs/p.png)\n",
      "viz",
      (rel) => (rel === "docs/p.png" ? "/readmes/viz/docs/p.png" : null),
    );
    expect(out).toContain("See the code and [site](https://x.org).");
    expect(out).toContain("![plot](/readmes/viz/docs/p.png)");
  });
});
