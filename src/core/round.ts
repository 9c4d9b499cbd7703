/** Round half away from zero to `digits` decimals (deterministic, and -0 becomes 0). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
