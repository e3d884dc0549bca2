/**
 * The shapes a text's own separators tell: tabs between a line's cells, or Markdown pipes. Told
 * surely by the lines alone; the other shapes (one cell a line, linear, run-together, a PDF's text
 * in drawing order) need the form's labels to tell apart (reconstruct/text-rows/detect-shape.ts).
 *
 * `lines` are the text's lines that hold more than white space.
 */
export function separatedShape(lines: readonly string[]): "tab" | "markdown" | null {
  if (lines.length === 0) return null;
  // A tab between a line's cells separates them; a tab that only indents the line (a pretty-printed
  // page) separates nothing.
  const tabLines = lines.filter((l) => /\S[^\S\n]*\t/.test(l)).length;
  if (tabLines >= Math.max(3, lines.length * 0.3)) return "tab";
  const pipeLines = lines.filter((l) => /^\s*\|.*\|/.test(l)).length;
  if (pipeLines >= Math.max(3, lines.length * 0.3)) return "markdown";
  // Pipe tables as some pages flatten them: rows `a | b | c | |||` without a leading pipe.
  // (Counted, not matched with a pattern: a pattern with two `.*` is quadratic on a long line.)
  const pipeRows = lines.filter((l) => l.includes("|") && l.split("|").length >= 3 && /[^|\s]/.test(l)).length;
  if (pipeRows >= Math.max(3, lines.filter((l) => !/^[\s|]*$/.test(l)).length * 0.3)) return "markdown";
  return null;
}
