/**
 * Shape 7: machine-converted pages — the delimited or linear rendering converted to traditional
 * characters, sometimes with pinyin inserted after characters (`項(xiàng)目`).
 * The truth of such a file holds the traditional strings as printed (pinyin dropped).
 */
import type { Rng } from "./prng.js";
import type { AnyGeneratedForm, DepartmentTruth } from "./department-truth.js";
import type { TruthForm } from "./truth.js";
import { renderDelimitedTab } from "./render-delimited.js";
import { renderLinear } from "./render-cells.js";

/** Pinyin for a few frequent characters of the form (traditional and simplified spellings). */
const PINYIN: Record<string, string> = {
  項: "xiàng", 项: "xiàng", 目: "mù", 資: "zī", 资: "zī", 金: "jīn", 指: "zhǐ", 標: "biāo", 标: "biāo",
  績: "jì", 绩: "jì", 效: "xiào", 年: "nián", 度: "dù", 預: "yù", 预: "yù", 算: "suàn", 執: "zhí", 执: "zhí",
  行: "xíng", 分: "fēn", 值: "zhí", 得: "dé", 總: "zǒng", 总: "zǒng", 量: "liàng", 質: "zhì", 质: "zhì",
  時: "shí", 时: "shí", 滿: "mǎn", 满: "mǎn", 意: "yì", 益: "yì", 產: "chǎn", 产: "chǎn", 出: "chū",
  部: "bù", 門: "mén", 门: "mén", 單: "dān", 单: "dān", 位: "wèi", 實: "shí", 实: "shí", 施: "shī",
  數: "shù", 数: "shù", 成: "chéng", 本: "běn", 率: "lǜ", 完: "wán", 況: "kuàng", 况: "kuàng", 社: "shè", 會: "huì", 会: "huì",
};

export type ToTraditional = (s: string) => string;

function deepMapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === "string") return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepMapStrings(v, f)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === "key" || k === "template" || k === "unit" || k === "parent" ? v : deepMapStrings(v, f);
    return out as T;
  }
  return value;
}

/** The truth of a form as printed in traditional characters. */
export function traditionalTruth<T extends TruthForm | DepartmentTruth>(g: T, toTraditional: ToTraditional): T {
  // only the truth's two fields: a generated form's printing decisions never reach a truth file
  return { variant: g.variant, form: deepMapStrings(g.form, toTraditional) } as T;
}

function addPinyin(rng: Rng, text: string, density: number): string {
  let out = "";
  for (const ch of text) {
    out += ch;
    const py = PINYIN[ch];
    if (py && rng.chance(density)) out += `(${py})`;
  }
  return out;
}

export function renderTraditional<T extends TruthForm | DepartmentTruth>(rng: Rng, forms: (AnyGeneratedForm & T)[], toTraditional: ToTraditional): { text: string; truth: T[] } {
  const base = rng.chance(0.6) ? renderDelimitedTab(rng, forms) : renderLinear(rng, forms);
  const converted = base.split("\n").map((line) => toTraditional(line)).join("\n");
  const density = rng.pick([0, 0.05, 0.15, 0.3]);
  const text = density > 0 ? addPinyin(rng, converted, density) : converted;
  return { text, truth: forms.map((g) => traditionalTruth(g, toTraditional)) };
}
