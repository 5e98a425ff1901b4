// `pnpm check:deps`: checks the dependency direction of STYLE.md §2 against every package.json
// and forbids import cycles between workspace packages. Dev dependencies used only by tests and
// benchmarks may reach further (e.g. a db test loads the real catalog).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

type Manifest = { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

const allowed: Record<string, string[]> = {
  domain: [],
  runtime: [],
  claims: ["domain"],
  extraction: ["domain"],
  http: ["domain"],
  feeds: ["domain", "http"],
  alerts: ["domain"],
  db: ["domain", "runtime"],
  queue: ["domain", "runtime"],
};

const scope = "@claimwatch/";
const manifests = ["packages", "services"].flatMap((top) =>
  readdirSync(top).map((dir) => ({ top, dir, m: JSON.parse(readFileSync(join(top, dir, "package.json"), "utf8")) as Manifest })),
);
const serviceNames = new Set(manifests.filter((x) => x.top === "services").map((x) => x.m.name));
const problems: string[] = [];

for (const { top, dir, m } of manifests) {
  const internal = Object.keys(m.dependencies ?? {}).filter((d) => d.startsWith(scope));
  if (top === "packages") {
    const ok = allowed[dir];
    if (!ok) {
      problems.push(`packages/${dir}: not in the dependency table of scripts/check-deps.ts; add it with its allowed imports`);
      continue;
    }
    for (const dep of internal) {
      if (!ok.includes(dep.slice(scope.length))) problems.push(`packages/${dir} must not depend on ${dep} (allowed: ${ok.join(", ") || "nothing internal"})`);
    }
  } else {
    for (const dep of internal) {
      if (serviceNames.has(dep) && dir !== "cli") problems.push(`services/${dir} must not depend on the service ${dep}; only the cli composes services`);
    }
  }
}

// Imports go through package names: no relative import may leave its package, and no import may
// reach into another package's src/.
function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules") return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? listTs(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}
for (const { top, dir } of manifests) {
  const root = resolve(top, dir);
  for (const file of listTs(root)) {
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      if (!spec) continue;
      if (spec.startsWith(".") && relative(root, resolve(dirname(file), spec)).startsWith("..")) {
        problems.push(`${relative(".", file)} imports ${spec}, outside its package; import the package by name`);
      }
      if (/^@claimwatch\/[^/]+\/src\//.test(spec)) problems.push(`${relative(".", file)} imports ${spec}; use the package's exports`);
    }
  }
}

// Cycles over runtime dependencies between workspace packages.
const graph = new Map(manifests.map(({ m }) => [m.name, Object.keys(m.dependencies ?? {}).filter((d) => d.startsWith(scope))]));
const state = new Map<string, "visiting" | "done">();
function visit(name: string, path: string[]): void {
  if (state.get(name) === "done") return;
  if (state.get(name) === "visiting") {
    problems.push(`dependency cycle: ${[...path.slice(path.indexOf(name)), name].join(" -> ")}`);
    return;
  }
  state.set(name, "visiting");
  for (const dep of graph.get(name) ?? []) visit(dep, [...path, name]);
  state.set(name, "done");
}
for (const name of graph.keys()) visit(name, []);

if (problems.length > 0) {
  console.error(`dependency rules broken:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`dependency rules hold for ${manifests.length} workspace packages`);
