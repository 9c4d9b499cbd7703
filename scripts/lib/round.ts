/** The pipeline's rounding is the one the browser uses too (src/core/round.ts), so figures match to the digit. */
export { round } from "../../src/core/round.ts";
