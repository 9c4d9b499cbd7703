/**
 * Which indicators the site offers as ordinary map and ranking choices (the explorer's select, its
 * guided questions, the static maps): those with published values. An indicator whose data are
 * missing (status not_available, such as GP shortage without a practice register) would draw an
 * all-hatched map and an empty ranking; it stays on its own page, which says what is missing. The
 * catalogue decides, so the indicators come back by themselves once the pipeline publishes them.
 */
export function isMapChoice(indicator: { status: string }): boolean {
  return indicator.status === "published";
}

export function mapChoices<T extends { status: string }>(catalog: readonly T[]): T[] {
  return catalog.filter(isMapChoice);
}

/** The ids of the catalogue's indicators that are not offered (their pages explain why). */
export function withheldChoices(catalog: readonly { id: string; status: string }[]): Set<string> {
  return new Set(catalog.filter((i) => !isMapChoice(i)).map((i) => i.id));
}
