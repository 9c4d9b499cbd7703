/**
 * The short, language-neutral name of a source for the one-line source notes of a profile (the
 * full reference, with title, licence and address, is in the page's sources section). The
 * publisher field, in each language, mixes the producer's name with comments ("(data from …)",
 * "(via …)", "contributors", "and"): only the producer's proper name is kept.
 */
export function shortPublisher(publisher: string): string {
  const head = publisher.split(" (")[0]!.split(/[,;] /)[0]!;
  return head
    .replace(/ contributors$/, "")
    .replace(/^(Contributeurs d'|Bijdragers van )/, "")
    .replace(/ (and|et|en) /g, ", ")
    .trim();
}

/** Every distinct short name of a list of publishers, in order of first appearance. */
export function shortPublishers(publishers: readonly string[]): string[] {
  return [...new Set(publishers.map(shortPublisher).filter(Boolean))];
}
