export { zipArchive } from "../../scripts/dev/zip-archive.ts";
