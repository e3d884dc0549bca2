/**
 * The wrapper a page puts around a published form: a government portal's breadcrumbs, index
 * number, publication date, font-size and print buttons and footer; a document-sharing site's
 * download and page-count lines. None of it is part of the form (forms.md, "Wrappers around the
 * form"), and read as cells it would open rows, join the first row of a form that starts
 * mid-table, or land in a goal. Each pattern below is one kind of wrapper line, matched against
 * the whole line (a pipe table's leading pipe and white space aside), so that a form's own label
 * never matches: none of the template's labels starts this way.
 */
import type { Grid } from "../../layout/grid.js";
import { toSimplified } from "../../normalise/script.js";

interface WrapperPattern {
  name: string;
  test: RegExp;
}

const COLON = "\\s*[:：|]";

/**
 * A document site's buttons under its preview, as an alternation: a line opening on one is the
 * site's. (reconstruct/text-rows/flattened-form.ts finds them run onto a form's first words too.)
 */
export const DOCUMENT_SITE_BUTTONS = "免费下载|立即下载|点击下载|下载文档|下载本文档|继续阅读|阅读全文|展开全文|查看更多|加载更多|阅读更多";

export const WRAPPER_PATTERNS: readonly WrapperPattern[] = [
  { name: "breadcrumbs", test: new RegExp(`^(当前位置|您现在的位置|你现在的位置|您的位置|你的位置|所在位置)${COLON}`) },
  { name: "index number", test: new RegExp(`^(信息)?索引号${COLON}`) },
  { name: "publisher", test: new RegExp(`^(发布机构|发文机关|发布单位|信息来源|来源)${COLON}`) },
  { name: "publication date", test: new RegExp(`^(发布日期|发布时间|成文日期|生成日期|公开日期|更新时间)${COLON}`) },
  { name: "classification", test: new RegExp(`^(主题分类|组配分类|体裁分类|服务对象分类|主题词|公开方式|公开范围|公开时限|有效性)${COLON}`) },
  { name: "visits", test: new RegExp(`^(浏览次数|访问量|阅读次数|点击数|浏览量|阅读量)${COLON}`) },
  { name: "font-size buttons", test: /^【?\s*字[体号]\s*[:：]?\s*[[【]?\s*大\s*中\s*小/ },
  { name: "page buttons", test: /^([[【]?\s*(打印本页|打印|关闭窗口|关闭|收藏|返回顶部|分享到|扫一扫|加入收藏|保存本页)\s*[\]】]?\s*)+$/ },
  { name: "footer", test: new RegExp(`^(主办单位|承办单位|主办|承办|技术支持|网站标识码|网站识别码|网站地图|联系我们)${COLON}`) },
  { name: "registration numbers", test: /(ICP备|ICP证|公网安备)\s*\d/ },
  { name: "neighbouring articles", test: new RegExp(`^(上一篇|下一篇|相关链接|相关文章)${COLON}?`) },
  { name: "today", test: /^今天是\s*[:：]?\s*\d{4}年/ },
  { name: "document site", test: new RegExp(`^(${DOCUMENT_SITE_BUTTONS})`) },
  { name: "document facts", test: new RegExp(`^(上传时间|上传者|上传人|文档大小|文档页数|下载次数|下载积分|所需积分|贡献者|资源ID|资源大小|全文页数|文件大小|文档格式)${COLON}`) },
];

/**
 * Any of the patterns, as one: every line of every text is asked, and nearly none is a wrapper,
 * so one test rules a line out instead of fourteen. (The patterns carry no flags: their
 * alternation matches exactly where one of them does.)
 */
const ANY_WRAPPER = new RegExp(WRAPPER_PATTERNS.map((p) => `(?:${p.test.source})`).join("|"));

/** The wrapper pattern a line is, if any. */
export function wrapperKind(line: string): string | null {
  const trimmed = trimEdges(line);
  if (trimmed === "" || trimmed.length > 200) return null;
  // A conversion site's traditional text (來源, 發布時間) has the same wrapper.
  const t = toSimplified(trimmed);
  if (!ANY_WRAPPER.test(t)) return null;
  for (const p of WRAPPER_PATTERNS) if (p.test.test(t)) return p.name;
  return null;
}

/**
 * Whether a code unit is one `[\s|\u00a0\u3000]` matches: JavaScript's white space and line
 * terminators, or a pipe.
 */
function isEdge(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x7c;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The line without white space and pipes at its ends, as `replace(/^[\s|\u00a0\u3000]+/, "")`
 * then the same at the end would give. Every line of every text is asked: a pattern anchored at
 * the end is tried from each position of a line of tab-separated cells, a loop from the ends is not.
 */
export function trimEdges(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isEdge(line.charCodeAt(start))) start++;
  while (end > start && isEdge(line.charCodeAt(end - 1))) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** 1-based numbers of the lines that are a page's wrapper, with the kind of each. */
export function wrapperLines(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const kind = wrapperKind(lines[i]!);
    if (kind) out.set(i + 1, kind);
  }
  return out;
}

/** The Grid without the cells read from wrapper lines (rows left empty are dropped). */
export function dropWrapperCells(grid: Grid, lines: ReadonlyMap<number, string>): Grid {
  if (lines.size === 0) return grid;
  const rows = grid.rows
    .map((r) => ({ ...r, cells: r.cells.filter((c) => c.source.line === undefined || !lines.has(c.source.line)) }))
    .filter((r, i) => r.cells.length > 0 || grid.rows[i]!.cells.length === 0);
  return { ...grid, rows };
}
