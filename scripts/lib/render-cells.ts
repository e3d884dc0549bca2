/**
 * Shapes 2–5, which print each merged cell once (in the first row it spans):
 * - cell-per-line: every cell on its own line, empty cells as an empty line or a lone space;
 * - linear: one row per line, cells separated by spaces, empty cells absent;
 * - run-together: one row per line, cells concatenated with no separator;
 * - layout-ordered: a plain PDF text dump — cells one per line in drawing order, long cells
 *   wrapped, vertical labels spread one character a line, values sometimes before their labels,
 *   page numbers between pages.
 */
import type { Rng } from "./prng.js";
import type { AnyGeneratedForm } from "./department-truth.js";
import { buildLayout, type Layout, type LCell } from "./layout.js";
import { dress, insertAtBoundaries, chineseBoundaries, NO_DAMAGE, type DamageProfile } from "./damage.js";

function lightProfile(rng: Rng): DamageProfile {
  return { ...NO_DAMAGE, spaces: rng.pick([0, 0.1, 0.2]), tex: rng.pick([0, 0.3]), comparator: rng.pick([0, 0.3]), fullwidth: rng.pick([0, 0.05]), labelSpaces: rng.pick([0, 0.15]) };
}

/** Split a long level-2 name as word processors wrap it: 经济效益 / 指标. */
function breakLevel2(text: string): string[] {
  if (text.length >= 6 && text.endsWith("指标")) return [text.slice(0, -2), "指标"];
  return [text];
}

// ---------------------------------------------------------------------------------------------
export function renderCellPerLine(rng: Rng, forms: AnyGeneratedForm[]): string {
  const out: string[] = [];
  forms.forEach((g, fi) => {
    if (fi > 0) out.push(rng.pick(["", "", "\f"]));
    const layout = buildLayout(rng, g);
    const prof = lightProfile(rng);
    const emptyAs = rng.pick(["", " ", "mixed"] as const);
    const pipes = rng.chance(0.35);
    const breakL2 = rng.chance(0.6);
    const indent = rng.chance(0.15) ? "  " : "";
    for (const row of layout.rows) {
      for (const cell of row.cells) {
        let text = cell.text === "" ? (emptyAs === "mixed" ? rng.pick(["", " "]) : emptyAs) : dress(rng, cell, prof, false);
        const pieces = cell.level2 && breakL2 ? breakLevel2(cell.text) : [text];
        if (pieces.length > 1) text = "";
        for (const piece of pieces.length > 1 ? pieces : [text]) {
          const pipe = pipes && rng.chance(0.5) ? " |" : "";
          out.push(`${piece === "" || piece === " " ? "" : indent}${piece}${pipe}`);
        }
      }
    }
  });
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
function metadata(rng: Rng, g: AnyGeneratedForm): string[] {
  const y = (g.form.year ?? 2021) + 1;
  const date = `${y}-${String(rng.int(1, 9)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const name = `${g.form.projectName ?? "项目"}绩效自评表`;
  return rng.pick([
    [`文件名: ${name}.pdf`, `创建时间: ${date} ${rng.int(8, 18)}:${String(rng.int(0, 59)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`, `页数: ${rng.int(1, 3)}`],
    [`文件名：${name}.docx`, `修改时间：${date}`],
    [`Title: ${name}`, `Producer: Microsoft® Word 2016`, `CreationDate: ${date}`],
  ]);
}

function rowTexts(rng: Rng, cells: LCell[], prof: DamageProfile): string[] {
  return cells.filter((c) => c.text !== "").map((c) => dress(rng, c, prof, false));
}

export function renderLinear(rng: Rng, forms: AnyGeneratedForm[]): string {
  const out: string[] = [];
  forms.forEach((g, fi) => {
    if (fi > 0) out.push("");
    if (rng.chance(0.35)) out.push(...metadata(rng, g), "");
    const layout = buildLayout(rng, g);
    const prof = lightProfile(rng);
    const wide = rng.chance(0.5);
    const sep = (): string => (wide ? " ".repeat(rng.int(1, 4)) : " ");
    const ind = layout.blocks.find((b) => b.kind === "ind")!;
    const breakAt = rng.chance(0.5) ? rng.int(ind.start + 2, ind.end - 1) : -1;
    layout.rows.forEach((row, r) => {
      if (r === breakAt) {
        out.push("");
        if (rng.chance(0.5)) out.push(rng.pick(["标", "指标"]));
      }
      const texts = rowTexts(rng, row.cells, prof);
      if (texts.length === 0) return;
      out.push(texts.join("").length === 0 ? "" : texts.reduce((a, t, i) => (i === 0 ? t : a + sep() + t), ""));
    });
  });
  const eol = rng.chance(0.15) ? "\r\n" : "\n";
  return out.join(eol) + eol;
}

// ---------------------------------------------------------------------------------------------
export function renderRunTogether(rng: Rng, forms: AnyGeneratedForm[]): string {
  const out: string[] = [];
  forms.forEach((g, fi) => {
    if (fi > 0) out.push("");
    const layout = buildLayout(rng, g, { amountStyle: rng.pick(["fixed2", "fixed2", "comma"] as const) });
    const prof: DamageProfile = { ...NO_DAMAGE, comparator: rng.pick([0, 0.2]) };
    for (const row of layout.rows) {
      const texts = rowTexts(rng, row.cells, prof);
      if (texts.length) out.push(texts.join(""));
    }
  });
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
function wrap(rng: Rng, text: string, width: number): string[] {
  const chars = Array.from(text);
  if (chars.length <= width) return [text];
  const ok = new Set(chineseBoundaries(text));
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    let cut = start + width;
    while (cut > start + 1 && !ok.has(cut)) cut--;
    if (cut <= start + 1) {
      cut = start + width;
      while (cut < chars.length && !ok.has(cut)) cut++;
      if (cut >= chars.length) break;
    }
    lines.push(chars.slice(start, cut).join(""));
    start = cut;
  }
  lines.push(chars.slice(start).join(""));
  void rng;
  return lines;
}

export function renderLayoutOrdered(rng: Rng, forms: AnyGeneratedForm[]): string {
  const out: string[] = [];
  let page = 1;
  const pageMark = (): string => rng.pick([`-${page}-`, `- ${page} -`, `第 ${page} 页`]);
  forms.forEach((g, fi) => {
    if (fi > 0) {
      out.push(pageMark());
      page++;
    }
    const layout: Layout = buildLayout(rng, g);
    const width = rng.int(12, 26);
    const ind = layout.blocks.find((b) => b.kind === "ind")!;
    const breakAt = rng.chance(0.7) ? rng.int(ind.start + 2, ind.end - 1) : -1;
    const valuesFirst = rng.pick([0.1, 0.3, 0.5]);
    layout.rows.forEach((row, r) => {
      if (r === breakAt) {
        out.push(pageMark());
        page++;
      }
      const labelCells = row.cells.filter((c) => c.text !== "" && c.kind !== "number");
      const numberCells = row.cells.filter((c) => c.text !== "" && c.kind === "number");
      const ordered = numberCells.length && rng.chance(valuesFirst) ? [...numberCells, ...labelCells] : row.cells.filter((c) => c.text !== "");
      for (const cell of ordered) {
        if (cell.kind === "vlabel") {
          const chars = Array.from(cell.text.replace(/\s+/g, ""));
          if (rng.chance(0.5)) out.push(...chars);
          else out.push(chars.join(" "));
          continue;
        }
        const text = cell.kind === "goal" || cell.kind === "text" ? cell.text : cell.text;
        const w = cell.kind === "goal" ? width * 2 : width;
        out.push(...wrap(rng, text, w));
      }
    });
  });
  out.push(pageMark());
  return out.join("\n") + "\n";
}

export { insertAtBoundaries };
