/**
 * Funds printed as label and value pairs, run together (`预算数:2.38执行数:2.3820`): the last pair's
 * amount runs on into the figure printed after it (the block's points, `20`), and reads 2.3820. The
 * block prints its amounts at one precision, so an amount with more decimals than one read before it
 * in the same block is cut at that precision; the digits after are a figure of their own. With no
 * amount before it, or a tail that is no figure (`05`), nothing is cut.
 */

/** The decimals an amount is printed with (`2.38` → 2, `40` → 0). */
export function amountDecimals(amount: string): number {
  const dot = amount.indexOf(".");
  return dot < 0 ? 0 : amount.length - dot - 1;
}

/**
 * `amount` cut at `decimals` places, and the figure after (`2.3820` at 2 → ["2.38", "20"]), or null
 * when it is printed at that precision or fewer, the block has no decimals to go by, or the tail
 * opens on a 0 (`2.3805`: no figure is printed so).
 */
export function cutAtBlockPrecision(amount: string, decimals: number): [string, string] | null {
  if (decimals < 1 || amountDecimals(amount) <= decimals) return null;
  const end = amount.indexOf(".") + 1 + decimals;
  const tail = amount.slice(end);
  if (!/^[1-9]\d{0,2}$/.test(tail)) return null;
  return [amount.slice(0, end), tail];
}
