/**
 * One page of every type, as a path under /{lang}/: the pages that whole-site checks visit (the
 * scripts check in csp.test.ts, scripts/dev/lighthouse-accessibility.ts).
 */
export const PAGE_TYPES = [
  "",
  "quartier/58/",
  "commune/21004/",
  "bassin/CO/",
  "compare/?a=quartier:58,commune:21004,region",
  "indicators/fragility_index/",
  "data/",
  "data/urls/",
  "gp/",
  "glossary/",
  "tools/",
  "tools/allocator/",
  "tools/siting/",
  "tools/gp-register/",
  "query/",
  "embed/map/fragility_index/quartier/",
  "embed/profile/quartier/58/",
  "embed/compare/?a=quartier:58,region",
] as const;
