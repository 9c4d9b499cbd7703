import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderNotices } from "../../../../src/client/explorer/notices.ts";
import { translatorFrom } from "../../../../src/i18n/format-message.ts";
import type { ClientCatalogEntry } from "../../../../src/lib/client-data.ts";

const t = translatorFrom(
  {
    "explorer.notice.indicator": "There is no indicator '{value}'.",
    "explorer.notice.levelForIndicator": "'{indicator}' is not published there: the map shows it by {level}.",
    "level.one.sector": "statistical sector",
  },
  "en",
);
const catalog = [
  { id: "distance_pharmacy_m", label: { fr: "Distance", nl: "Afstand", en: "Distance to the nearest pharmacy" } },
] as unknown as ClientCatalogEntry[];

const { document } = parseHTML("<!doctype html><html><body><div data-notices></div></body></html>");
const container = document.querySelector("[data-notices]") as unknown as HTMLElement;

/** Renders into the same container each time, as the explorer does on every view. */
function render(notices: Parameters<typeof renderNotices>[1]): string {
  renderNotices(container, notices, catalog, "en", t);
  return container.innerHTML;
}

describe("renderNotices(container, notices, catalog, language, t)", () => {
  it("writes one paragraph per notice, URL values isolated, levels and indicators by their labels", () => {
    expect(
      render([
        { key: "explorer.notice.indicator", params: { value: { url: "<i>\u202E" } } },
        {
          key: "explorer.notice.levelForIndicator",
          params: { indicator: { indicator: "distance_pharmacy_m" }, level: { level: "sector" } },
        },
      ]),
    ).toBe(
      "<p>There is no indicator '<bdi>&lt;i&gt;[U+202E]</bdi>'.</p>" +
        "<p>'Distance to the nearest pharmacy' is not published there: the map shows it by statistical sector.</p>",
    );
  });

  it("echoes an indicator missing from the catalogue as a URL value, and replaces the previous notices", () => {
    expect(
      render([
        {
          key: "explorer.notice.levelForIndicator",
          params: { indicator: { indicator: "x" }, level: { level: "sector" } },
        },
      ]),
    ).toBe("<p>'<bdi>x</bdi>' is not published there: the map shows it by statistical sector.</p>");
    expect(render([])).toBe("");
  });
});
