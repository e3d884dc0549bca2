/**
 * Shape 1: delimited rows — tab-separated like the seed, or Markdown pipe tables.
 * Merged regions are empty cells; vertical labels sit in column 0 of the first or the middle row
 * of their block; a page break restarts the table with a fragment of the vertical label, maybe a
 * row cut in two, and the rows of the broken block shifted one column left.
 */
import type { Rng } from "./prng.js";
import type { AnyGeneratedForm } from "./department-truth.js";
import { buildLayout, type Layout, type LayoutOptions } from "./layout.js";
import { dress, splitAtBoundary, type DamageProfile } from "./damage.js";

export interface DelimitedTable {
  /** Segments of rows; a new segment starts after each page break. */
  segments: string[][][];
}

export interface PageBreakPlan {
  block: "fund" | "goal" | "ind";
  /** Layout row index the break comes before. */
  before: number;
  mode: "fragment" | "shift" | "shift-lone";
  /** Cut the row at `before` in two. */
  cut: boolean;
  /** The cut row's first half also shifted left, with a trailing empty cell (as in the seed). */
  headShifted: boolean;
  /** Print the vertical label as prefix/suffix around the break instead of whole + fragment. */
  splitLabel: boolean;
}

export function planPageBreak(rng: Rng, layout: Layout, g: AnyGeneratedForm): PageBreakPlan | null {
  const blockKind = rng.weighted([["ind", 75], ["fund", 15], ["goal", 10]] as const);
  // A department form without a funds block breaks its indicator table instead.
  const block = layout.blocks.find((b) => b.kind === blockKind) ?? layout.blocks.find((b) => b.kind === "ind")!;
  let lo = block.start + 2;
  const hi = block.end - 1;
  if (block.kind === "goal") lo = block.start + 1;
  if (hi < lo) return null;
  const before = rng.int(lo, hi);
  const cut = block.kind === "ind" && layout.rows[before]!.kind === "ind" && rng.chance(0.4);
  void g;
  return {
    block: block.kind as PageBreakPlan["block"],
    before,
    mode: rng.weighted([["fragment", 45], ["shift", 40], ["shift-lone", 15]] as const),
    cut,
    headShifted: rng.chance(0.4),
    splitLabel: rng.chance(0.2),
  };
}

/** Render one form into rows of cells (strings), with a page break per `plan`. */
export function delimitedRows(rng: Rng, g: AnyGeneratedForm, prof: DamageProfile, plan: PageBreakPlan | null, allowNewline: boolean, layoutOpts: LayoutOptions = {}): string[][][] {
  const layout = buildLayout(rng, g, layoutOpts);
  const { ncols, rows } = layout;
  const vlabelMiddle = rng.chance(0.4);
  const grid: string[][] = rows.map(() => new Array<string>(ncols).fill(""));
  const plain: string[][] = rows.map(() => new Array<string>(ncols).fill(""));
  const cellKinds: string[][] = rows.map(() => new Array<string>(ncols).fill("empty"));

  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.kind === "vlabel") continue;
      grid[r]![cell.col] = dress(rng, cell, prof, allowNewline);
      plain[r]![cell.col] = cell.text;
      cellKinds[r]![cell.col] = cell.kind;
    }
  });
  // vertical labels
  for (const b of layout.blocks) {
    const headCell = rows[b.start]!.cells.find((x) => x.kind === "vlabel")!;
    let labelText = dress(rng, headCell, prof, false);
    const at = vlabelMiddle ? b.start + Math.floor((b.end - b.start - 1) / 2) : b.start;
    let fragmentText = "";
    if (plan && plan.block === b.kind) {
      const chars = Array.from(headCell.text);
      const k = Math.min(chars.length - 1, rng.pick([1, 2, 2]));
      fragmentText = chars.slice(chars.length - k).join("");
      if (plan.splitLabel && at < plan.before) labelText = chars.slice(0, chars.length - k).join("");
    }
    grid[at]![0] = labelText;
    if (plan && plan.block === b.kind && plan.mode === "fragment") {
      grid[plan.before]![0] = at === plan.before ? labelText : fragmentText;
    }
    if (plan && plan.block === b.kind && plan.mode === "shift-lone") {
      (plan as PageBreakPlan & { lone?: string }).lone = fragmentText;
    }
    // the seed's second form: header row of the indicator block shifted when its label sits lower
    if (b.kind === "ind" && vlabelMiddle && at !== b.start && rng.chance(0.5)) {
      grid[b.start] = [...grid[b.start]!.slice(1), ""];
    }
  }

  const segments: string[][][] = [];
  let current: string[][] = [];
  const block = plan ? layout.blocks.find((b) => b.kind === plan.block)! : null;
  for (let r = 0; r < rows.length; r++) {
    let row = grid[r]!;
    if (plan && r === plan.before) {
      if (plan.cut) {
        const head = new Array<string>(ncols).fill("");
        const tail = row.slice();
        const textCols = [3, ncols - 1].filter((col) => cellKinds[r]![col] === "text" && plain[r]![col]!.length >= 6);
        const chosen = rng.sample(textCols, rng.int(1, Math.max(1, textCols.length)));
        let any = false;
        for (const col of chosen) {
          const parts = splitAtBoundary(rng, plain[r]![col]!);
          if (!parts) continue;
          head[col] = parts[0];
          tail[col] = parts[1];
          any = true;
        }
        if (any) {
          current.push(plan.headShifted ? [...head.slice(1), ""] : head);
          row = tail;
        }
      }
      segments.push(current);
      current = [];
      const lone = (plan as PageBreakPlan & { lone?: string }).lone;
      if (plan.mode === "shift-lone" && lone) current.push([lone, ...new Array<string>(ncols - 2).fill("")]);
    }
    const inBrokenBlock = plan && block && r >= plan.before && r < block.end && plan.mode !== "fragment";
    const brokenTotal = plan && plan.mode !== "fragment" && plan.block === "ind" && rows[r]!.kind === "total";
    if (inBrokenBlock) row = row.slice(1);
    else if (brokenTotal) row = [row[0]!, ...row.slice(2)];
    current.push(row);
  }
  segments.push(current);
  return segments;
}

export function tabProfile(rng: Rng): DamageProfile {
  return {
    spaces: rng.pick([0.1, 0.3, 0.5]),
    pTags: rng.pick([0, 0.5, 0.9]),
    multiline: rng.pick([0, 0.1, 0.25]),
    strayQuote: rng.pick([0, 0, 0.08]),
    tex: rng.pick([0.3, 0.8]),
    comparator: rng.pick([0, 0.2, 0.5]),
    fullwidth: rng.pick([0, 0, 0.1]),
    br: false,
    labelSpaces: rng.pick([0, 0.1, 0.25]),
  };
}

/** A file of tab-separated forms, like the seed. */
export function renderDelimitedTab(rng: Rng, forms: AnyGeneratedForm[]): string {
  const lines: string[] = [];
  const leading = rng.int(0, 2);
  for (let i = 0; i < leading; i++) lines.push("");
  forms.forEach((g, fi) => {
    if (fi > 0) lines.push("");
    const prof = tabProfile(rng);
    const layoutProbe = buildLayout(rng.fork(), g);
    const plan = rng.chance(0.85) ? planPageBreak(rng, layoutProbe, g) : null;
    const segs = delimitedRows(rng, g, prof, plan, true);
    segs.forEach((seg, si) => {
      if (si > 0) lines.push("");
      for (const row of seg) lines.push(row.join("\t"));
    });
  });
  const eol = rng.chance(0.15) ? "\r\n" : "\n";
  // newlines inside quoted cells stay "\n"; only row ends take the file's line ending
  return lines.join(eol) + eol;
}

/** A file of Markdown pipe tables (document converters). */
export function renderDelimitedMarkdown(rng: Rng, forms: AnyGeneratedForm[]): string {
  const out: string[] = [];
  forms.forEach((g, fi) => {
    if (fi > 0) out.push("");
    const prof: DamageProfile = { ...tabProfile(rng), multiline: rng.pick([0.1, 0.3]), br: true, strayQuote: 0 };
    const layoutProbe = buildLayout(rng.fork(), g);
    const plan = rng.chance(0.8) ? planPageBreak(rng, layoutProbe, g) : null;
    const segs = delimitedRows(rng, g, prof, plan, false);
    const titleOutside = rng.chance(0.5);
    const strayEmpty = rng.chance(0.5);
    const ruleStyle = rng.pick(["---", " --- ", ":---"]);
    segs.forEach((seg, si) => {
      if (si > 0) out.push("");
      let rowsOut = seg;
      if (si === 0 && titleOutside) {
        // title (and year line) as paragraphs before the table
        let k = 0;
        while (k < seg.length && seg[k]!.slice(1).every((x) => x === "") && k < 2) {
          out.push(rng.chance(0.3) && k === 0 ? `# ${seg[k]![0]}` : seg[k]![0]!);
          out.push("");
          k++;
        }
        rowsOut = seg.slice(k);
      }
      rowsOut.forEach((row, ri) => {
        const cells = row.slice();
        if (strayEmpty && rng.chance(0.08)) cells.push("");
        let line = "|";
        for (const cell of cells) line += cell === "" ? (strayEmpty && rng.chance(0.6) ? "|" : "  |") : ` ${cell} |`;
        out.push(line);
        if (ri === 0) out.push("|" + cells.map(() => ruleStyle).join("|") + "|");
      });
    });
  });
  return out.join("\n") + "\n";
}
