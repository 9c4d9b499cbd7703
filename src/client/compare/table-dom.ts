/**
 * Draws the comparison table (src/lib/compare/table.ts) as an HTML table: a caption naming the
 * areas and the reference, a column header per area, a row-group header per family, a row header
 * per indicator (label and unit), and in each cell the value, its year, rank and interval, and the
 * verdict in words beside its mark. Each cell keeps the published value in `data-value`.
 */
import type { Language } from "../../core/languages.ts";
import type { Translate } from "../../i18n/format-message.ts";
import { comparisonMarkSvg } from "../../lib/compare/mark.ts";
import { areaKey } from "../../lib/compare/selection.ts";
import type { ComparisonTable } from "../../lib/compare/table.ts";
import { areaNameOf, intervalWords, levelWord, rankWords, valueWords, verdictWords } from "../../lib/compare/words.ts";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderTable(
  host: HTMLElement,
  table: ComparisonTable,
  language: Language,
  t: Translate,
  names: string,
): void {
  const referenceColumn = table.columns.find((c) => areaKey(c.area) === table.referenceKey)!;
  // "better than the region" reads shorter in every cell than the region's full name.
  const referenceName =
    referenceColumn.data.level === "region" ? t("compare.reference.region") : areaNameOf(referenceColumn, language);
  const html = element("table");
  html.dataset.compareTable = "";
  const caption = element("caption", t("compare.table.caption", { names, reference: referenceName }));
  caption.id = "compare-caption";
  html.append(caption);

  const head = element("thead");
  const headRow = element("tr");
  const corner = element("th", t("compare.table.indicator"));
  corner.scope = "col";
  headRow.append(corner);
  for (const column of table.columns) {
    const th = element("th", areaNameOf(column, language));
    th.scope = "col";
    th.dataset.area = areaKey(column.area);
    const level = element("span", levelWord(t, column.data.level), "area-level");
    th.append(level);
    if (areaKey(column.area) === table.referenceKey)
      th.append(element("span", `(${t("compare.table.referenceMark")})`, "area-level"));
    headRow.append(th);
  }
  head.append(headRow);
  html.append(head);

  for (const group of table.groups) {
    const body = element("tbody");
    body.dataset.family = group.family;
    const familyRow = element("tr");
    const familyHeader = element("th", t(`explorer.family.${group.family}`));
    familyHeader.scope = "colgroup";
    familyHeader.colSpan = table.columns.length + 1;
    familyRow.append(familyHeader);
    body.append(familyRow);
    for (const row of group.rows) {
      const tr = element("tr");
      tr.dataset.indicator = row.indicator.id;
      const th = element("th");
      th.scope = "row";
      th.append(
        element("span", row.indicator.label[language], "label"),
        element("span", t("compare.table.unit", { unit: t(`indicators.unit.${row.indicator.unit}`) }), "sub"),
      );
      tr.append(th);
      row.cells.forEach((cell) => {
        const td = element("td");
        td.dataset.area = cell.key;
        td.dataset.value = cell.cell?.v === null || cell.cell?.v === undefined ? "" : String(cell.cell.v);
        const unit = row.indicator.unit;
        const rank = rankWords(t, language, cell.rank);
        // The profile reads the fragility index as a rank ("2nd of 116"), the index beneath it.
        td.append(element("span", rank ?? valueWords(t, language, cell.cell, unit), "value"));
        if (rank) td.append(element("span", valueWords(t, language, cell.cell, unit), "sub"));
        if (cell.cell) td.append(element("span", t("compare.table.year", { year: cell.cell.y }), "sub"));
        const interval = intervalWords(t, language, cell.cell, unit);
        if (interval) td.append(element("span", interval, "sub"));
        if (cell.cell) {
          const verdict = element("span", null, "verdict");
          verdict.dataset.verdict = cell.verdict === "reference" ? "reference" : cell.verdict.verdict;
          if (cell.verdict !== "reference")
            verdict.insertAdjacentHTML("afterbegin", comparisonMarkSvg(cell.verdict.verdict));
          verdict.append(element("span", verdictWords(t, cell.verdict, referenceName)));
          td.append(verdict);
        }
        tr.append(td);
      });
      body.append(tr);
    }
    html.append(body);
  }
  host.replaceChildren(html);
}
