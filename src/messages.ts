/**
 * Messages of the pipeline meant for people, in Chinese (the users' language) and English.
 * Diagnostic codes are stable; only the wording follows the language.
 */
export type Lang = "zh" | "en";

const SHAPE_ZH: Record<string, string> = { "cell-per-line": "每行一个单元格", linear: "每行一行表格、空格分隔", "run-together": "单元格连写", "layout-ordered": "PDF 版面顺序", "portal-summary": "网站信息栏的内容概述" };
const SHAPE_EN: Record<string, string> = { "cell-per-line": "one-cell-a-line", linear: "space-separated rows", "run-together": "run-together", "layout-ordered": "PDF layout-order", "portal-summary": "the portal's summary" };

const zh = {
  tooLarge: (size: number, max: number) => `文件过大（${size} 字节，上限 ${max} 字节）`,
  unreadable: (m: string) => `无法读取：${m}`,
  outsideTable: (t: string) => `表格之外的文字：${t}`,
  noForm: "未找到绩效自评表",
  reread: (shape: string) => `按另一种文本形态（${SHAPE_ZH[shape] ?? shape}）重新读取：按最初判断的形态几乎读不出表中的内容`,
  notFound: "文件不存在",
  isDirectory: "这是一个文件夹，不是文件",
  noPermission: "没有读取权限",
  unsupported: (kind: string) => `尚不支持读取这类文件（${kind}）`,
  timeout: (ms: number) => `读取超时（超过 ${Math.round(ms / 1000)} 秒）`,
};

const en: typeof zh = {
  tooLarge: (size, max) => `file too large (${size} bytes, limit ${max})`,
  unreadable: (m) => `cannot read: ${m}`,
  outsideTable: (t) => `text outside the table: “${t}”`,
  noForm: "no performance self-evaluation form found",
  reread: (shape) => `read again as ${SHAPE_EN[shape] ?? shape} text: read in the shape first taken, almost nothing of the form could be placed`,
  notFound: "no such file",
  isDirectory: "this is a folder, not a file",
  noPermission: "permission denied",
  unsupported: (kind) => `this kind of file cannot be read yet (${kind})`,
  timeout: (ms) => `reading took too long (over ${Math.round(ms / 1000)} s)`,
};

export function pipelineMessages(lang: Lang = "zh"): typeof zh {
  return lang === "en" ? en : zh;
}
