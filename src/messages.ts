/**
 * Messages of the pipeline meant for people, in Chinese (the users' language) and English.
 * Diagnostic codes are stable; only the wording follows the language.
 */
export type Lang = "zh" | "en";

const zh = {
  tooLarge: (size: number, max: number) => `文件过大（${size} 字节，上限 ${max} 字节）`,
  unreadable: (m: string) => `无法读取：${m}`,
  outsideTable: (t: string) => `表格之外的文字：${t}`,
  noForm: "未找到绩效自评表",
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
  notFound: "no such file",
  isDirectory: "this is a folder, not a file",
  noPermission: "permission denied",
  unsupported: (kind) => `this kind of file cannot be read yet (${kind})`,
  timeout: (ms) => `reading took too long (over ${Math.round(ms / 1000)} s)`,
};

export function pipelineMessages(lang: Lang = "zh"): typeof zh {
  return lang === "en" ? en : zh;
}
