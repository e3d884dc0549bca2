/** Messages meant for people: Chinese by default (the users' language), English with --lang en. */
export type Lang = "zh" | "en";

const zh = {
  usage: `用法：
  jixiao parse FILE…   [--format json|jsonl] [--input KIND] [--out FILE] [--password PW] [--debug-layout DIR]
  jixiao audit FILE…   [--json] [--profile NAME|FILE] [--color|--no-color]
  jixiao schema
通用选项：--lang zh|en   --debug（出错时显示调用栈）   --help   --version

  parse   读取每个文件中的绩效自评表，输出 JSON（每个输入文件一个 Document）
  audit   读取并核对每张表的合计、执行率和得分，输出易读的核查结果
  schema  输出 Document 的 JSON Schema

退出码：parse 0 全部读取，2 有文件无法读取；audit 0 全部一致，1 有错误，2 有文件无法读取。`,
  unknownCommand: (c: string) => `未知命令「${c}」`,
  noFiles: "请给出至少一个文件",
  badOption: (m: string) => `选项有误：${m}`,
  badFormat: (f: string) => `不支持的输出格式「${f}」（可用：json、jsonl）`,
  badInput: (f: string) => `不支持的输入类型「${f}」`,
  unexpected: (file: string, m: string) => `${file}: 意外错误：${m}（加 --debug 查看详情）`,
  cannotWrite: (file: string, m: string) => `无法写入 ${file}：${m}`,
  fileProblem: (file: string, m: string) => `${file}: ${m}`,
};

const en: typeof zh = {
  usage: `Usage:
  jixiao parse FILE…   [--format json|jsonl] [--input KIND] [--out FILE] [--password PW] [--debug-layout DIR]
  jixiao audit FILE…   [--json] [--profile NAME|FILE] [--color|--no-color]
  jixiao schema
Common options: --lang zh|en   --debug (show stack traces)   --help   --version

  parse   read the performance self-evaluation forms in each file and print JSON (one Document per file)
  audit   read and check each form's totals, execution rate and scores; print a readable report
  schema  print the JSON Schema of a Document

Exit status: parse 0 all read, 2 some file unreadable; audit 0 all consistent, 1 errors found, 2 some file unreadable.`,
  unknownCommand: (c) => `unknown command '${c}'`,
  noFiles: "give at least one file",
  badOption: (m) => `bad option: ${m}`,
  badFormat: (f) => `unsupported output format '${f}' (use json or jsonl)`,
  badInput: (f) => `unsupported input kind '${f}'`,
  unexpected: (file, m) => `${file}: unexpected error: ${m} (run with --debug for details)`,
  cannotWrite: (file, m) => `cannot write ${file}: ${m}`,
  fileProblem: (file, m) => `${file}: ${m}`,
};

export function messages(lang: Lang): typeof zh {
  return lang === "en" ? en : zh;
}
