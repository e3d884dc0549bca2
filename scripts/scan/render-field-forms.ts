/**
 * Forms rendered from the field corpus's ground truth (issue 21 item 4): the names, amounts and
 * indicator texts real units published, printed in the national layout by Chromium, as sources for
 * the degraded scans (seals, faxes, photos: make-degraded-fixtures.ts). Only tuned fixtures are
 * used (the held-back part of the field corpus is never opened), and only a truth of one form
 * with a project name, an amount spent and at least four indicators, each with a value. A field the excerpt does not
 * show is printed blank and expected null; a form the excerpt cut is printed as far as it goes.
 *
 *   npx tsx scripts/scan/render-field-forms.ts [COUNT]
 *
 * Writes fixtures/scan/field-rendered/rNN-<fixture>.pdf and .truth.json ([{ variant, form }], as
 * fixtures/pdf). Needs `chromium` and the fonts (apt); tests do not.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Form } from "../../src/schema/index.js";
import { chromiumPrint, FONTS } from "../pdf/generate-pdf-fixtures.js";
import { defaultStyle, formsHtml } from "../pdf/form-html.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIELD = join(root, "fixtures", "field");
const OUT = join(root, "fixtures", "scan", "field-rendered");

interface Entry {
  name: string;
  split: "tune" | "held-back";
  template: "project" | "department";
}

type TruthForm = Partial<Omit<Form, "funds" | "goals" | "indicators" | "total">> & {
  cut?: boolean;
  funds?: Partial<Form["funds"]>;
  goals?: Partial<Form["goals"]>;
  indicators?: Partial<Form["indicators"][number]>[];
  total?: Partial<Form["total"]>;
};

const EMPTY_INDICATOR: Form["indicators"][number] = { level1: null, level2: null, level3: null, target: null, actual: null, weight: null, score: null, deviation: null };

/** The truth as a whole Form: what the excerpt does not show, blank. */
export function formOfTruth(t: TruthForm): Form {
  return {
    template: "project",
    title: t.title ?? null,
    year: t.year ?? null,
    projectName: t.projectName ?? null,
    department: t.department ?? null,
    implementingUnit: t.implementingUnit ?? null,
    funds: {
      unit: t.funds?.unit ?? null,
      rows: (t.funds?.rows ?? []).map((r) => ({ key: r.key, label: r.label, initialBudget: r.initialBudget ?? null, annualBudget: r.annualBudget ?? null, executed: r.executed ?? null })),
      weight: t.funds?.weight ?? null,
      executionRatePercent: t.funds?.executionRatePercent ?? null,
      score: t.funds?.score ?? null,
    },
    goals: { expected: t.goals?.expected ?? null, actual: t.goals?.actual ?? null },
    indicators: (t.indicators ?? []).map((i) => ({ ...EMPTY_INDICATOR, ...i })),
    total: { weight: t.total?.weight ?? null, score: t.total?.score ?? null },
  } as Form;
}

/** A truth whose one form the excerpt shows whole enough to print. */
export function printable(forms: TruthForm[]): boolean {
  if (forms.length !== 1) return false;
  const f = forms[0]!;
  // (A form the excerpt cut is printed as far as it shows: its rendering ends there, whole. Rows
  // whose values the excerpt did not settle would print as names alone, which no unit prints.)
  const valued = (f.indicators ?? []).filter((i) => i.level3 && (i.target != null || i.actual != null || i.score != null));
  return !!f.projectName && (f.funds?.rows ?? []).some((r) => r.executed != null) && valued.length >= 4 && valued.length === (f.indicators ?? []).length;
}

function main(): void {
  const count = Number(process.argv[2] ?? 3);
  const manifest = JSON.parse(readFileSync(join(FIELD, "manifest.json"), "utf8")) as { fixtures: Entry[] };
  const picked: { entry: Entry; form: Form }[] = [];
  for (const entry of [...manifest.fixtures].sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.split !== "tune" || entry.template !== "project") continue;
    const truth = JSON.parse(readFileSync(join(FIELD, "truth", `${entry.name}.truth.json`), "utf8")) as { forms: TruthForm[] };
    if (!printable(truth.forms)) continue;
    picked.push({ entry, form: formOfTruth(truth.forms[0]!) });
    if (picked.length === count) break;
  }
  mkdirSync(OUT, { recursive: true });
  const index: unknown[] = [];
  picked.forEach(({ entry, form }, i) => {
    const name = `r${String(i + 1).padStart(2, "0")}-${entry.name.slice(0, 3)}`;
    const pdf = chromiumPrint(formsHtml([form], { ...defaultStyle, font: FONTS.uming, fontSizePt: 10 }));
    writeFileSync(join(OUT, `${name}.pdf`), pdf);
    writeFileSync(join(OUT, `${name}.truth.json`), JSON.stringify([{ variant: "central", form }], null, 2) + "\n");
    index.push({ file: `${name}.pdf`, truth: `${name}.truth.json`, from: `fixtures/field/truth/${entry.name}.truth.json`, note: "national layout, AR PL UMing 10 pt, Chromium" });
    process.stdout.write(`${name}.pdf from ${entry.name}\n`);
  });
  writeFileSync(join(OUT, "manifest.json"), JSON.stringify(index, null, 2) + "\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
