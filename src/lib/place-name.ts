/**
 * Readable place names from Statbel's upper-case sector names ("COLONIES (RUE DES)",
 * "O.L.V. VAN LAEKEN"): title case with the particles of French and Dutch names kept lower-case
 * ("de", "du", "van", "l'"), abbreviations and Roman numerals kept as written, and a kind of
 * place written after its name in brackets put back in front ("Rue des Colonies"). Statbel's
 * names carry no accents; none are guessed.
 */

/** Particles written lower-case inside a name (French, then Dutch). */
const PARTICLES = new Set([
  ...["de", "du", "des", "la", "le", "les", "d", "l", "et", "au", "aux", "sur", "à"],
  ...["van", "der", "den", "het", "ten", "ter", "en", "op", "t"],
]);

/** Acronyms written without dots in the sector names. */
const ACRONYMS = new Set(["VUB", "ULB", "CERIA", "COOVI", "OTAN", "NATO", "RTBF", "VRT", "BRT", "CPAS", "OCMW", "UZ"]);
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Two or more initials with their dots: U.L.B., O.L.V., N.D. */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** "ANVERS (CHAUSSEE D')-SUD" → "CHAUSSEE D'ANVERS-SUD": within each part between " - ". */
function kindFirst(upper: string): string {
  return upper
    .split(" - ")
    .map((part) =>
      part.replace(/^(.+?) \(([^()]+)\)(.*)$/u, (_, name: string, kind: string, rest: string) =>
        kind.endsWith("'") ? `${kind}${name}${rest}` : `${kind} ${name}${rest}`,
      ),
    )
    .join(" - ");
}

function wordCase(word: string, first: boolean, beforeApostrophe: boolean): string {
  if (INITIALS.test(word) || ACRONYMS.has(word) || ROMAN.test(word)) return word;
  const lower = word.toLocaleLowerCase("fr");
  if (!first && PARTICLES.has(lower) && (beforeApostrophe || lower.length > 1)) return lower;
  return lower.charAt(0).toLocaleUpperCase("fr") + lower.slice(1);
}

/** The readable form of an upper-case place name; a name already in mixed case is returned as it is. */
export function readablePlaceName(name: string): string {
  if (name !== name.toLocaleUpperCase("fr")) return name;
  const tokens = kindFirst(name.trim()).split(/(\p{L}[\p{L}.]*)/u);
  let first = true;
  return tokens
    .map((token, i) => {
      if (i % 2 === 0) {
        // A new part of the name starts after a bracket or a spaced dash.
        if (/\(|\s-\s/.test(token)) first = true;
        return token;
      }
      const cased = wordCase(token, first, tokens[i + 1]?.startsWith("'") ?? false);
      first = false;
      return cased;
    })
    .join("");
}
