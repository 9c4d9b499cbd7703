/** The site's main sections, in menu order; labels are the `nav.<id>` messages. */
export const SECTIONS = [
  { id: "explorer", path: "" },
  { id: "indicators", path: "indicators/" },
  { id: "gp", path: "gp/" },
  { id: "query", path: "query/" },
  { id: "tools", path: "tools/" },
  { id: "data", path: "data/" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];
