/**
 * A text browser's link list, as `lynx -dump` writes a page: each link's text is marked with its
 * number (`[3]某某工程`), and a list at the end (`References`, then `   3. http://…`) gives where
 * each number leads. Neither the marks nor the list is the page's text: read as cells, a mark
 * would stick to a project's name or a figure (`[4]120`), and the list's lines would land after
 * the form.
 *
 * Told by the list itself: only the numbers the list gives are marks, and the list's lines are
 * blanked (so the lines above keep their numbers).
 */

/** The heading lynx puts over the list (with -listonly or hidden links, the other two). */
const HEADING = /^\s*(References|Visible links:?|Hidden links:?)\s*$/;
/** One entry: its number, a full stop, and where it leads (a URL, no spaces). */
const ENTRY = /^\s*(\d+)\.\s+[a-z][a-z0-9+.-]*:\S*\s*$/i;

/**
 * The text without its link marks and link list; null where it has no such list (then no `[n]`
 * in it is taken for a mark).
 */
export function dropLinkReferences(text: string): string | null {
  if (!/\[\d+\]/.test(text) || !/(References|links)/.test(text)) return null;
  const lines = text.split("\n");
  const numbers = new Set<string>();
  let listed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING.test(lines[i]!)) continue;
    // The list: the heading, then entries and blank lines to the text's end.
    let j = i + 1;
    const found: string[] = [];
    while (j < lines.length && (lines[j]!.trim() === "" || ENTRY.test(lines[j]!))) {
      const m = ENTRY.exec(lines[j]!);
      if (m) found.push(m[1]!);
      j++;
    }
    if (found.length === 0 || j < lines.length) continue;
    for (const n of found) numbers.add(n);
    for (let k = i; k < j; k++) lines[k] = "";
    listed = true;
    break;
  }
  if (!listed) return null;
  return lines.map((l) => l.replace(/\[(\d+)\]/g, (mark, n: string) => (numbers.has(n) ? "" : mark))).join("\n");
}
