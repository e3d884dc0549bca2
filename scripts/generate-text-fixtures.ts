/**
 * Writes ground-truth forms rendered into every text shape of forms.md:
 *   fixtures/generated/<shape>/<nnn>.txt        the text
 *   fixtures/generated/<shape>/<nnn>.truth.json a JSON array of { variant, form }, in file order
 *   fixtures/generated/encodings/<nnn>.txt      GB18030 or UTF-16LE (with BOM) files
 *   fixtures/generated/manifest.json           every file: shape, encoding, variants
 *
 * Usage: npx tsx scripts/generate-text-fixtures.ts [--seed N] [--out DIR]
 * Deterministic for a given seed.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import { Rng, seedOf } from "./lib/prng.js";
import { generateForm, type GeneratedForm, type TruthForm, type TruthFormFields, type Variant } from "./lib/truth.js";
import { normaliseText } from "./lib/normalise.js";
import { renderDelimitedMarkdown, renderDelimitedTab } from "./lib/render-delimited.js";
import { renderCellPerLine, renderLayoutOrdered, renderLinear, renderRunTogether } from "./lib/render-cells.js";
import { renderTraditional, type ToTraditional } from "./lib/render-traditional.js";

export const SHAPES = ["delimited-tab", "delimited-markdown", "cell-per-line", "linear", "run-together", "layout-ordered", "traditional"] as const;
export type Shape = (typeof SHAPES)[number];

const ALL: Variant[] = ["central", "shanghai", "beijing2016", "sichuan"];
const VARIANTS_BY_SHAPE: Record<Shape, Variant[]> = {
  "delimited-tab": ALL,
  "delimited-markdown": ALL,
  "cell-per-line": ALL,
  linear: ALL,
  "run-together": ALL,
  "layout-ordered": ["central", "shanghai", "beijing2016"],
  traditional: ALL,
};

/** Re-create the truth in the Form schema's key order. */
export function ordered(t: TruthForm): TruthForm {
  const f = t.form;
  const form: TruthFormFields = {
    template: f.template,
    title: f.title,
    year: f.year,
    projectName: f.projectName,
    department: f.department,
    implementingUnit: f.implementingUnit,
    ...(f.departmentCode !== undefined ? { departmentCode: f.departmentCode } : {}),
    ...(f.implementingUnitCode !== undefined ? { implementingUnitCode: f.implementingUnitCode } : {}),
    funds: {
      unit: f.funds.unit,
      rows: f.funds.rows.map((r) => ({ key: r.key, label: r.label, initialBudget: r.initialBudget, annualBudget: r.annualBudget, executed: r.executed })),
      weight: f.funds.weight,
      executionRatePercent: f.funds.executionRatePercent,
      score: f.funds.score,
    },
    goals: { expected: f.goals.expected, actual: f.goals.actual },
    indicators: f.indicators.map((i) => ({
      level1: i.level1, level2: i.level2, level3: i.level3, target: i.target, actual: i.actual,
      weight: i.weight, score: i.score, deviation: i.deviation,
      ...(i.level1Weight !== undefined ? { level1Weight: i.level1Weight } : {}),
    })),
    total: { weight: f.total.weight, score: f.total.score },
  };
  return { variant: t.variant, form };
}

/** Every truth string must be a fixed point of the contract's normalisation. */
function checkNormalised(t: TruthForm, where: string): void {
  const visit = (v: unknown, path: string): void => {
    if (typeof v === "string") {
      if (normaliseText(v) !== v) throw new Error(`${where}${path}: truth string not normalised: ${JSON.stringify(v)}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}/${i}`));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, `${path}/${k}`);
  };
  visit(t.form, "");
}

interface ManifestEntry {
  file: string;
  truth: string;
  shape: Shape;
  encoding: "utf-8" | "gb18030" | "utf-16le-bom";
  forms: number;
  variants: Variant[];
}

function formsPerFile(rng: Rng): number {
  return rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
}

async function loadToTraditional(root: string): Promise<ToTraditional | null> {
  const path = join(root, "src/normalise/script.ts");
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { toTraditional?: ToTraditional };
  const f = mod.toTraditional;
  // a stub that returns its input is not a converter yet
  if (!f || f("项目资金绩效指标") === "项目资金绩效指标") return null;
  return f;
}

function render(shape: Shape, rng: Rng, forms: GeneratedForm[], toTraditional: ToTraditional | null): { text: string; truth: TruthForm[] } {
  const plainTruth = (): TruthForm[] => forms.map((g) => ({ variant: g.variant, form: g.form }));
  switch (shape) {
    case "delimited-tab": return { text: renderDelimitedTab(rng, forms), truth: plainTruth() };
    case "delimited-markdown": return { text: renderDelimitedMarkdown(rng, forms), truth: plainTruth() };
    case "cell-per-line": return { text: renderCellPerLine(rng, forms), truth: plainTruth() };
    case "linear": return { text: renderLinear(rng, forms), truth: plainTruth() };
    case "run-together": return { text: renderRunTogether(rng, forms), truth: plainTruth() };
    case "layout-ordered": return { text: renderLayoutOrdered(rng, forms), truth: plainTruth() };
    case "traditional": {
      if (!toTraditional) throw new Error("no toTraditional");
      return renderTraditional(rng, forms, toTraditional);
    }
  }
}

export async function generate(seed: number, outDir: string, opts: { formsPerShape?: number } = {}): Promise<ManifestEntry[]> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const toTraditional = await loadToTraditional(root);
  const target = opts.formsPerShape ?? 32;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const manifest: ManifestEntry[] = [];
  const write = (rel: string, data: string | Buffer): void => {
    const p = join(outDir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  };
  const truthJson = (truth: TruthForm[]): string => JSON.stringify(truth.map(ordered), null, 2) + "\n";

  for (const shape of SHAPES) {
    if (shape === "traditional" && !toTraditional) {
      console.warn("src/normalise/script.ts (toTraditional) not found: skipping the traditional shape");
      continue;
    }
    const rng = new Rng((seedOf(shape) ^ seed) >>> 0);
    const variants = VARIANTS_BY_SHAPE[shape];
    let order: Variant[] = [];
    let made = 0;
    let fileNo = 0;
    while (made < target) {
      const n = Math.min(formsPerFile(rng), Math.max(1, target - made));
      const forms: GeneratedForm[] = [];
      for (let i = 0; i < n; i++) {
        if (order.length === 0) order = rng.shuffle(variants);
        const variant = order.shift()!;
        const g = generateForm(rng, { variant });
        checkNormalised(g, `${shape}/${fileNo}`);
        forms.push(g);
      }
      const { text, truth } = render(shape, rng, forms, toTraditional);
      const name = String(fileNo).padStart(3, "0");
      write(`${shape}/${name}.txt`, text);
      write(`${shape}/${name}.truth.json`, truthJson(truth));
      manifest.push({ file: `${shape}/${name}.txt`, truth: `${shape}/${name}.truth.json`, shape, encoding: "utf-8", forms: forms.length, variants: forms.map((f) => f.variant) });
      made += forms.length;
      fileNo++;
    }
  }

  // other encodings: the same shapes, written as GB18030 or UTF-16LE with a BOM
  {
    const rng = new Rng((seedOf("encodings") ^ seed) >>> 0);
    const plan: [Shape, ManifestEntry["encoding"]][] = [
      ["delimited-tab", "gb18030"], ["linear", "gb18030"], ["cell-per-line", "gb18030"],
      ["delimited-tab", "utf-16le-bom"], ["linear", "utf-16le-bom"], ["delimited-markdown", "utf-16le-bom"],
      ...(toTraditional ? ([["traditional", "gb18030"], ["traditional", "utf-16le-bom"]] as [Shape, ManifestEntry["encoding"]][]) : []),
    ];
    plan.forEach(([shape, encoding], i) => {
      const forms = Array.from({ length: rng.int(1, 2) }, () => generateForm(rng, { variant: rng.pick(VARIANTS_BY_SHAPE[shape]) }));
      const { text, truth } = render(shape, rng, forms, toTraditional);
      const bytes = encoding === "gb18030" ? iconv.encode(text, "gb18030") : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
      const name = String(i).padStart(3, "0");
      write(`encodings/${name}.txt`, bytes);
      write(`encodings/${name}.truth.json`, truthJson(truth));
      manifest.push({ file: `encodings/${name}.txt`, truth: `encodings/${name}.truth.json`, shape, encoding, forms: forms.length, variants: forms.map((f) => f.variant) });
    });
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
  const seed = Number(arg("--seed") ?? 20240601);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const out = resolve(arg("--out") ?? join(root, "fixtures/generated"));
  const manifest = await generate(seed, out);
  const byShape = new Map<string, number>();
  for (const m of manifest) {
    const k = `${m.shape}${m.encoding === "utf-8" ? "" : ` (${m.encoding})`}`;
    byShape.set(k, (byShape.get(k) ?? 0) + m.forms);
  }
  for (const [k, n] of byShape) console.log(`${k}: ${n} forms`);
  console.log(`wrote ${manifest.length} files to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
