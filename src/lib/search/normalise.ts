/**
 * How typed text and place names are compared: lower case, accents removed (NFD without
 * diacritics), every run of punctuation or spaces one separator. "Cureghem Rosée", "CUREGHEM-ROSEE"
 * and "cureghem rosee" are the same words.
 */

/** The text as comparable words, in order. */
export function searchTokens(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "");
}

/** The text as one comparable string: its tokens joined by single spaces. */
export function searchKey(text: string): string {
  return searchTokens(text).join(" ");
}

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance, stopping early: the result
 * is `limit + 1` as soon as the distance is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** The typos a typed word of this length may carry: none under 5 letters, 1 from 5, 2 from 8. */
export function allowedTypos(token: string): number {
  return token.length >= 8 ? 2 : token.length >= 5 ? 1 : 0;
}
