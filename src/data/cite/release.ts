/** The release the site shows and cites: version and date from the served manifest. */
import { releaseOf, type Release } from "../../lib/data/citation.ts";
import { readManifest } from "../observatory-data.ts";

export function currentRelease(): Release {
  return releaseOf(readManifest());
}
