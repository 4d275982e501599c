/** Help text, parsing and validation all come from each command's spec: check that they agree, for every flag. */
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/index.js";
import { UsageError } from "../src/errors.js";
import { main, mainHelp } from "../src/main.js";
import { flagLabel, formatHelp, nearestName, parseCommand } from "../src/spec/command.js";
import { sink } from "./run-cli.js";

/** The flags a help text documents: `--name` at the start of an indented flag line. */
function documentedFlags(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?--([a-z0-9-]+)/gm)].map((m) => m[1] as string);
}

describe.each(COMMANDS.map((c) => [c.spec.name, c.spec] as const))("mechanist %s", (_name, spec) => {
  const positionals = Array.from({ length: spec.positionals?.min ?? 0 }, () => "x");
  const help = formatHelp(spec);

  it("documents exactly the flags it parses", () => {
    expect(documentedFlags(help).sort()).toEqual([...Object.keys(spec.flags), "help"].sort());
    expect(() => parseCommand(spec, [...positionals, "--no-such-flag"])).toThrow(UsageError);
  });

  it("help shows each flag's placeholder, constraint and default", () => {
    for (const [name, flag] of Object.entries(spec.flags)) {
      const line = help.split("\n").find((l) => l.startsWith(`  ${flagLabel(name, flag)}`));
      expect(line, `--${name}`).toBeTypeOf("string");
      const entry = help.slice(help.indexOf(line as string)).split(/\n {2}-/)[0] as string;
      if (flag.constraint) expect(entry, `--${name}`).toContain(flag.constraint);
      if (flag.defaultText) expect(entry, `--${name}`).toContain(`default ${flag.defaultText}`);
    }
  });

  it("accepts every documented example value and rejects every bad one with a UsageError naming the flag", () => {
    for (const [name, flag] of Object.entries(spec.flags)) {
      if (flag.type === "boolean") {
        const parsed = parseCommand(spec, [...positionals, `--${name}`]);
        expect(parsed !== "help" && parsed.values[name]).toBe(true);
        expect(() => parseCommand(spec, [...positionals, `--${name}=yes`])).toThrow(UsageError);
        continue;
      }
      for (const value of flag.examples.valid) {
        const parsed = parseCommand(spec, [...positionals, `--${name}`, value]);
        expect(parsed === "help" ? "help" : [...parsed.given], `--${name} ${value}`).toEqual([name]);
      }
      for (const value of flag.examples.invalid) {
        expect(
          () => parseCommand(spec, [...positionals, `--${name}=${value}`]),
          `--${name} ${value}`,
        ).toThrow(new RegExp(`--${name}|${spec.name}:`));
      }
    }
  });

  it("a value flag given twice is a UsageError naming it (never last-wins); a repeated switch is accepted", () => {
    for (const [name, flag] of Object.entries(spec.flags)) {
      if (flag.type === "boolean") {
        const parsed = parseCommand(spec, [...positionals, `--${name}`, `--${name}`]);
        expect(parsed !== "help" && parsed.values[name]).toBe(true);
        continue;
      }
      const [a, b = a] = flag.examples.valid as [string, string?];
      for (const argv of [
        [`--${name}`, a, `--${name}`, b],
        [`--${name}=${a}`, `--${name}=${b}`],
      ])
        expect(() => parseCommand(spec, [...positionals, ...argv]), argv.join(" ")).toThrow(
          new RegExp(`--${name} is given twice`),
        );
    }
  });

  it("a misspelt flag is refused with the flag it most likely meant", () => {
    const names = Object.keys(spec.flags);
    for (const name of names.filter((n) => n.length >= 5)) {
      // One letter dropped, one doubled, two swapped: one or two edits from the flag, so it is suggested.
      const mid = name.length >> 1;
      for (const typo of [
        name.slice(0, mid) + name.slice(mid + 1),
        name.slice(0, mid) + name[mid] + name.slice(mid),
        name.slice(0, mid - 1) + name[mid] + name[mid - 1] + name.slice(mid + 1),
      ]) {
        // Skip a typo that another flag of the command is also close to (the suggestion may then be either).
        if (names.some((other) => other !== name && nearestName(typo, [other]) !== undefined)) continue;
        expect(
          () =>
            parseCommand(spec, [
              ...positionals,
              `--${typo}`,
              ...(spec.flags[name]?.type === "boolean" ? [] : ["1"]),
            ]),
          typo,
        ).toThrow(`(did you mean --${name}?)`);
      }
    }
    expect(() => parseCommand(spec, [...positionals, "--qqqqqqqq"])).toThrow(
      /Unknown option '--qqqqqqqq'\. Run/,
    );
  });

  it("absent flags take their fallback; --help prints the derived help", async () => {
    const parsed = parseCommand(spec, positionals);
    if (parsed === "help") throw new Error("unexpected help");
    for (const [name, flag] of Object.entries(spec.flags)) expect(parsed.values[name]).toEqual(flag.fallback);
    const out = sink();
    expect(await main([spec.name, "--help"], out, sink())).toBe(0);
    expect(out.text).toBe(help);
    const viaHelp = sink();
    expect(await main(["help", spec.name], viaHelp, sink())).toBe(0);
    expect(viaHelp.text).toBe(help);
  });
});

it("nearestName: closest within two edits or by prefix, nothing when nothing is close", () => {
  const flags = ["params", "degree", "json", "t0", "t1", "threshold", "max-memory"];
  expect(nearestName("param", flags)).toBe("params");
  expect(nearestName("degre", flags)).toBe("degree");
  expect(nearestName("jsno", flags)).toBe("json");
  expect(nearestName("treshold", flags)).toBe("threshold");
  expect(nearestName("thresh", flags)).toBe("threshold");
  expect(nearestName("max-mem", flags)).toBe("max-memory");
  expect(nearestName("t2", flags)).toBe("t0");
  expect(nearestName("window", flags)).toBeUndefined();
  expect(nearestName("x", flags)).toBeUndefined();
});

it("mechanist help NAME with an unknown command exits 2 naming the commands", async () => {
  const err = sink();
  expect(await main(["help", "frobnicate"], sink(), err)).toBe(2);
  expect(err.text).toMatch(/unknown command "frobnicate"\. Commands: discover/);
});

it("a misspelt command is refused with the command it most likely meant", async () => {
  for (const [typed, meant] of [
    ["discovr", "discover"],
    ["dataste", "dataset"],
    ["slove", "solve"],
  ]) {
    const err = sink();
    expect(await main([typed], sink(), err)).toBe(2);
    expect(err.text).toContain(`unknown command "${typed}" (did you mean ${meant}?)`);
  }
  const err = sink();
  expect(await main(["frobnicate"], sink(), err)).toBe(2);
  expect(err.text).not.toContain("did you mean");
});

it("mechanist --help lists every command with its summary", () => {
  for (const c of COMMANDS) expect(mainHelp()).toContain(`${c.spec.name}`.padEnd(4) && c.spec.summary);
});

it("prototype names are not commands, flags or parameter names", async () => {
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    const err = sink();
    expect(await main([name], sink(), err)).toBe(2);
    expect(err.text).toMatch(/unknown command/);
  }
  const dataset = COMMANDS.find((c) => c.spec.name === "dataset")?.spec;
  if (!dataset) throw new Error("no dataset command");
  const parsed = parseCommand(dataset, ["lorenz", "--param", "constructor=1"]);
  if (parsed === "help") throw new Error("unexpected help");
  expect(Object.getPrototypeOf(parsed.values.param)).toBe(null);
});
