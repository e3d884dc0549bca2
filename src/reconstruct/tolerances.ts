/**
 * The reconstructor's two numeric slacks, named once. Both are far below anything a form prints
 * or a cost table holds, so they only absorb floating-point rounding.
 */

/** Two readings' costs within this are a tie (sums of fractional priors do not add up exactly). */
export const COST_TIE = 1e-9;

/** A computed figure within this of a bound still meets it (a score equal to its weight, `0.1 + 0.2`). */
export const FLOAT_SLACK = 1e-9;
