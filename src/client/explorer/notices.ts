/**
 * The explorer's notices about its URL, one paragraph each: values from the URL echoed through
 * src/i18n/url-echo.ts (cut short, isolated in a <bdi>), levels and indicators named by their
 * label in the page's language, never by their id.
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { formatNotice, type NoticeParams } from "../../i18n/url-echo.ts";
import type { ClientCatalogEntry } from "../../lib/client-data.ts";
import type { Notice, NoticeParam } from "../../lib/explorer/state.ts";

export function renderNotices(
  container: HTMLElement,
  notices: readonly Notice[],
  catalog: readonly ClientCatalogEntry[],
  language: Language,
  t: Translate,
): void {
  const label = (param: NoticeParam): NoticeParams[string] => {
    if (typeof param === "string" || "url" in param) return param;
    // Singular: the notices read "by {level}" ("per wijk", never "per wijken").
    if ("level" in param) return t(`level.one.${param.level}`);
    if ("breakKind" in param) return t(`explorer.break.${param.breakKind}`);
    // Only indicators of the catalogue reach a notice; an id would still be echoed safely.
    return catalog.find((i) => i.id === param.indicator)?.label[language] ?? { url: param.indicator };
  };
  container.replaceChildren(
    ...notices.map((notice) => {
      const paragraph = container.ownerDocument.createElement("p");
      const params = Object.fromEntries(Object.entries(notice.params).map(([name, value]) => [name, label(value)]));
      // t(key) without parameters keeps the placeholders, which formatNotice fills with nodes.
      paragraph.append(formatNotice(container.ownerDocument, t(notice.key), params));
      return paragraph;
    }),
  );
}
