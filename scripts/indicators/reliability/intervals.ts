/**
 * 95 % confidence intervals as the public-health publishers compute them (APHO Technical Briefing 3,
 * "Commonly used public health statistics and their confidence intervals", 2008; OHID Fingertips):
 * Wilson's score interval for a proportion, Byar's approximation of the exact Poisson interval for
 * a count (and so for a count per N residents).
 */

/** The standard normal quantile for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval of `count` successes among `total` (Newcombe 1998, method 3), as proportions 0–1. */
export function wilsonInterval(count: number, total: number, z = Z_95): Interval {
  if (!(total > 0) || count < 0 || count > total) throw new RangeError(`Wilson interval of ${count} among ${total}`);
  const p = count / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // Clamped: at p = 0 or 1 rounding leaves a residue of about 1e-17 outside 0–1.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Byar's interval of an observed count (Breslow and Day 1987); the lower limit of 0 events is 0. */
export function byarInterval(count: number, z = Z_95): Interval {
  if (!(count >= 0)) throw new RangeError(`Byar interval of ${count} events`);
  const low = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const next = count + 1;
  const high = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { low: Math.max(0, low), high };
}
