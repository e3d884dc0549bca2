/**
 * Messages of the office and web readers meant for people, in Chinese (the users' language) and
 * English. Codes are chosen by the callers and never depend on the language.
 */
import type { Lang } from "../../messages.js";
import type { InputKind } from "../../schema/index.js";

const zh = {
  names: { docx: "Word 文档", xlsx: "Excel 工作簿", doc: "Word 文档", xls: "Excel 工作簿", html: "网页" } as Partial<Record<InputKind, string>>,
  someFile: "文件",
  encrypted: (name: string) => `${name}设有密码保护（已加密），无法读取；请在原程序中去除密码后另存再试`,
  damaged: (name: string, detail: string) => `${name}已损坏，无法读取（${detail}）`,
  limit: (detail: string) => `超出读取上限：${detail}`,
  inflatesTooLarge: (detail: string) => `解压后过大（${detail}）`,
  notOffice: "不是 Office 文件",
  notZip: "不是 zip 压缩包",
  missingPart: (part: string) => `缺少 ${part}`,
  docxRows: (max: number) => `文档超过 ${max} 行，只读取了前面部分`,
  htmlRows: (max: number) => `网页超过 ${max} 行，只读取了前面部分`,
  xlsxCells: (rowsPerSheet: number, cells: number) => `工作簿超过读取上限（每表 ${rowsPerSheet} 行、共 ${cells} 个单元格），只读取了前面部分`,
  converterMissing: (kind: "doc" | "xls") =>
    `读取${kind === "doc" ? "Word 97-2003 / WPS 文档（.doc/.wps）" : "Excel 97-2003 工作簿（.xls）"}需要 LibreOffice 转换，但未找到 soffice；请安装 LibreOffice（例如 apt-get install libreoffice-writer-nogui libreoffice-calc-nogui），或在原程序中另存为 ${kind === "doc" ? ".docx" : ".xlsx"} 后再试`,
  componentMissing: (kind: "doc" | "xls") =>
    `已安装 LibreOffice，但缺少打开${kind === "doc" ? " .doc/.wps 的 Writer" : " .xls 的 Calc"} 组件；请安装（例如 apt-get install ${kind === "doc" ? "libreoffice-writer-nogui" : "libreoffice-calc-nogui"}），或在原程序中另存为 ${kind === "doc" ? ".docx" : ".xlsx"} 后再试`,
  conversionFailed: (detail: string) => `LibreOffice 转换失败：${detail}`,
  conversionTimedOut: (seconds: number) => `超过 ${seconds} 秒仍未完成`,
  conversionNoOutput: (target: string, exitCode: number | null) => `未生成 .${target}（退出码 ${exitCode}）`,
  converted: (target: string) => `已用 LibreOffice 转换为 ${target} 后读取；单元格位置指转换后的文件`,
};

const en: typeof zh = {
  names: { docx: "the Word document", xlsx: "the Excel workbook", doc: "the Word document", xls: "the Excel workbook", html: "the web page" },
  someFile: "the file",
  encrypted: (name) => `${name} is password-protected (encrypted) and cannot be read; remove the password in the program that made it, save again and retry`,
  damaged: (name, detail) => `${name} is damaged and cannot be read (${detail})`,
  limit: (detail) => `reading limit exceeded: ${detail}`,
  inflatesTooLarge: (detail) => `too large once unpacked (${detail})`,
  notOffice: "not an Office file",
  notZip: "not a zip archive",
  missingPart: (part) => `${part} is missing`,
  docxRows: (max) => `the document has more than ${max} rows; only the first part was read`,
  htmlRows: (max) => `the web page has more than ${max} rows; only the first part was read`,
  xlsxCells: (rowsPerSheet, cells) => `the workbook is past the reading limit (${rowsPerSheet} rows a sheet, ${cells} cells in all); only the first part was read`,
  converterMissing: (kind) =>
    `reading ${kind === "doc" ? "a Word 97-2003 / WPS document (.doc/.wps)" : "an Excel 97-2003 workbook (.xls)"} needs LibreOffice to convert it, but soffice was not found; install LibreOffice (for example apt-get install libreoffice-writer-nogui libreoffice-calc-nogui), or save the file as ${kind === "doc" ? ".docx" : ".xlsx"} in the program that made it and retry`,
  componentMissing: (kind) =>
    `LibreOffice is installed without ${kind === "doc" ? "Writer, which opens .doc/.wps" : "Calc, which opens .xls"}; install it (for example apt-get install ${kind === "doc" ? "libreoffice-writer-nogui" : "libreoffice-calc-nogui"}), or save the file as ${kind === "doc" ? ".docx" : ".xlsx"} in the program that made it and retry`,
  conversionFailed: (detail) => `LibreOffice could not convert the file: ${detail}`,
  conversionTimedOut: (seconds) => `not finished after ${seconds} s`,
  conversionNoOutput: (target, exitCode) => `no .${target} was produced (exit code ${exitCode})`,
  converted: (target) => `converted to ${target} with LibreOffice, then read; cell positions refer to the converted file`,
};

export type OfficeMessages = typeof zh;

export function officeMessages(lang: Lang = "zh"): OfficeMessages {
  return lang === "en" ? en : zh;
}

/** How a message names the file of this kind ("Word 文档", "the Word document"). */
export function kindName(kind: InputKind, lang: Lang = "zh"): string {
  const m = officeMessages(lang);
  return m.names[kind] ?? m.someFile;
}
