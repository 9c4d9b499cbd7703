/**
 * The link-preview image a page uses, named after the page (browser-safe, no data access):
 * /fr/ → "home", /fr/quartier/58/ → "quartier-58", /fr/data/urls/ → "data-urls". An embed shares
 * the preview of the page it shows: /fr/embed/profile/commune/21004/ → "commune-21004".
 */
import { isLanguage } from "../../core/languages.ts";

export function previewKey(pathname: string): string {
  const parts = pathname
    .split("/")
    .filter((part) => part !== "" && !part.endsWith(".html"))
    .map(decodeURIComponent);
  if (isLanguage(parts[0])) parts.shift();
  if (parts[0] === "embed") {
    const [, kind] = parts.splice(0, 2);
    if (kind === "map") return "home";
    if (kind !== "profile") parts.unshift(kind!);
  }
  if (parts[0] === "indicators" && parts[2] === "embed") parts.pop();
  return parts.length === 0 ? "home" : parts.map((part) => part.replace(/[^\p{L}\p{N}_-]/gu, "_")).join("-");
}
