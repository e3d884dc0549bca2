/**
 * Writes generated department-wide forms (scripts/lib/department-truth.ts) rendered into the
 * text shapes, beside the project forms' fixtures but apart from them (their figures stay as
 * they are):
 *   fixtures/department/generated/<shape>/<nnn>.txt          the text
 *   fixtures/department/generated/<shape>/<nnn>.truth.json   a JSON array of { variant, form }
 *   fixtures/department/generated/manifest.json              every file: shape, variants
 *
 * Usage: npx tsx scripts/generate-department-fixtures.ts [--seed N] [--out DIR] [--per-shape N]
 * Deterministic for a given seed.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Rng, seedOf } from "./lib/prng.js";
import { DEPARTMENT_VARIANTS, generateDepartmentForm, type DepartmentTruth, type DepartmentVariant, type GeneratedDepartmentForm } from "./lib/department-truth.js";
import { normaliseText } from "./lib/normalise.js";
import { renderDelimitedMarkdown, renderDelimitedTab } from "./lib/render-delimited.js";
import { renderCellPerLine, renderLinear, renderRunTogether } from "./lib/render-cells.js";
import { renderTraditional, type ToTraditional } from "./lib/render-traditional.js";

export const DEPARTMENT_SHAPES = ["delimited-tab", "delimited-markdown", "cell-per-line", "linear", "run-together", "traditional"] as const;
export type DepartmentShape = (typeof DEPARTMENT_SHAPES)[number];

export interface DepartmentManifestEntry {
  file: string;
  truth: string;
  shape: DepartmentShape;
  forms: number;
  variants: DepartmentVariant[];
}

/** The truth in the Form schema's key order (optional keys only where the form prints them). */
export function orderedDepartment(t: DepartmentTruth): DepartmentTruth {
  const f = t.form;
  const opt = <K extends string, V>(k: K, v: V | undefined): Partial<Record<K, V>> => (v === undefined ? {} : ({ [k]: v } as Record<K, V>));
  return {
    variant: t.variant,
    form: {
      template: f.template, title: f.title, year: f.year, projectName: f.projectName, department: f.department, implementingUnit: f.implementingUnit,
      ...opt("departmentCode", f.departmentCode),
      funds: {
        unit: f.funds.unit,
        rows: f.funds.rows.map((r) => ({
          key: r.key, label: r.label, initialBudget: r.initialBudget, annualBudget: r.annualBudget, executed: r.executed,
          ...opt("adjustment", r.adjustment), ...opt("balance", r.balance), ...opt("balanceRatePercent", r.balanceRatePercent), ...opt("parent", r.parent),
        })),
        weight: f.funds.weight, executionRatePercent: f.funds.executionRatePercent, score: f.funds.score,
      },
      ...opt("tasks", f.tasks?.map((x) => ({ name: x.name, content: x.content, budget: { total: x.budget.total, fiscal: x.budget.fiscal, other: x.budget.other } }))),
      goals: { expected: f.goals.expected, actual: f.goals.actual },
      indicators: f.indicators.map((i) => ({
        level1: i.level1, level2: i.level2, level3: i.level3, target: i.target, actual: i.actual, weight: i.weight, score: i.score, deviation: i.deviation,
        ...opt("level1Weight", i.level1Weight), ...opt("method", i.method),
      })),
      total: { weight: f.total.weight, score: f.total.score },
    },
  };
}

/** Every truth string must be a fixed point of the contract's normalisation. */
function checkNormalised(t: DepartmentTruth, where: string): void {
  const visit = (v: unknown, path: string): void => {
    if (typeof v === "string") {
      if (normaliseText(v) !== v) throw new Error(`${where}${path}: truth string not normalised: ${JSON.stringify(v)}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}/${i}`));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, `${path}/${k}`);
  };
  visit(t.form, "");
}

async function loadToTraditional(root: string): Promise<ToTraditional> {
  const mod = (await import(pathToFileURL(join(root, "src/normalise/script.ts")).href)) as { toTraditional: ToTraditional };
  return mod.toTraditional;
}

function render(shape: DepartmentShape, rng: Rng, forms: GeneratedDepartmentForm[], toTraditional: ToTraditional): { text: string; truth: DepartmentTruth[] } {
  const plain = (): DepartmentTruth[] => forms.map((g) => ({ variant: g.variant, form: g.form }));
  switch (shape) {
    case "delimited-tab": return { text: renderDelimitedTab(rng, forms), truth: plain() };
    case "delimited-markdown": return { text: renderDelimitedMarkdown(rng, forms), truth: plain() };
    case "cell-per-line": return { text: renderCellPerLine(rng, forms), truth: plain() };
    case "linear": return { text: renderLinear(rng, forms), truth: plain() };
    case "run-together": return { text: renderRunTogether(rng, forms), truth: plain() };
    case "traditional": return renderTraditional<DepartmentTruth>(rng, forms, toTraditional);
  }
}

export async function generateDepartment(seed: number, outDir: string, perShape = 12): Promise<DepartmentManifestEntry[]> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const toTraditional = await loadToTraditional(root);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const manifest: DepartmentManifestEntry[] = [];
  const write = (rel: string, data: string): void => {
    const p = join(outDir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  };
  for (const shape of DEPARTMENT_SHAPES) {
    const rng = new Rng((seedOf(`department:${shape}`) ^ seed) >>> 0);
    let order: DepartmentVariant[] = [];
    let made = 0;
    let fileNo = 0;
    while (made < perShape) {
      const n = Math.min(rng.weighted([[1, 70], [2, 30]] as const), perShape - made);
      const forms: GeneratedDepartmentForm[] = [];
      for (let i = 0; i < n; i++) {
        if (order.length === 0) order = rng.shuffle(DEPARTMENT_VARIANTS);
        const g = generateDepartmentForm(rng, { variant: order.shift()! });
        checkNormalised(g, `${shape}/${fileNo}`);
        forms.push(g);
      }
      const { text, truth } = render(shape, rng, forms, toTraditional);
      const name = String(fileNo).padStart(3, "0");
      write(`${shape}/${name}.txt`, text);
      write(`${shape}/${name}.truth.json`, JSON.stringify(truth.map(orderedDepartment), null, 2) + "\n");
      manifest.push({ file: `${shape}/${name}.txt`, truth: `${shape}/${name}.truth.json`, shape, forms: n, variants: forms.map((f) => f.variant) });
      made += n;
      fileNo++;
    }
  }
  write("manifest.json", JSON.stringify({ seed, files: manifest }, null, 2) + "\n");
  return manifest;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const out = resolve(arg("--out") ?? join(root, "fixtures/department/generated"));
  const manifest = await generateDepartment(Number(arg("--seed") ?? 20261206), out, Number(arg("--per-shape") ?? 12));
  const byShape = new Map<string, number>();
  for (const m of manifest) byShape.set(m.shape, (byShape.get(m.shape) ?? 0) + m.forms);
  for (const [k, n] of byShape) console.log(`${k}: ${n} forms`);
  console.log(`wrote ${manifest.length} files to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
