/**
 * The siting page in the browser: reads the setting from the URL and the form, loads the
 * siting data and sector paths, runs the greedy algorithm in the worker, and shows the summary,
 * the map with the new sites' circles, the tables and the CSV links.
 */
import {
  metresPerSvgUnit,
  type CoverageResult,
  type Reach,
  type SitingData,
  type SitingOptions,
} from "../../lib/tools/siting.ts";
import { fetchJson } from "../fetch-json.ts";
import { numberFormats } from "../../lib/format.ts";
import { readPageText, type PageText } from "./messages.ts";
import {
  clearError,
  debounce,
  paragraphs,
  revealToolUi,
  setCsvLink,
  showError,
  showParamIssues,
  tableRow,
  writeSearch,
} from "./page-shell.ts";
import { renderLegend } from "../legend.ts";
import { sitingRunner } from "./siting-client.ts";
import { sitingMap } from "./siting-map.ts";
import { attachToolMapZoom } from "./tool-map-zoom.ts";
import { describeSitingMapExport, sitingFileSuffix } from "./siting-downloads.ts";
import { parseSitingState, serializeSitingState, SITING_DEFAULTS } from "./siting-state.ts";
import { bassinsCsv, picksCsv, sectorsCsv, sitingView, summarySentences } from "./siting-view.ts";
import { siteDataPath } from "../../lib/routes.ts";

interface Controls {
  form: HTMLFormElement;
  k: HTMLInputElement;
  kValue: HTMLOutputElement;
  radius: HTMLInputElement;
  radiusValue: HTMLOutputElement;
  reach: RadioNodeList;
  existing: HTMLInputElement;
  nonResidential: HTMLInputElement;
  bassin: HTMLSelectElement;
}

export function startSiting(root: Document): void {
  const text = readPageText(root);
  const form = root.querySelector<HTMLFormElement>("#siting-form")!;
  const controls: Controls = {
    form,
    k: form.querySelector("#siting-k")!,
    kValue: form.querySelector("#siting-k-value")!,
    radius: form.querySelector("#siting-radius")!,
    radiusValue: form.querySelector("#siting-radius-value")!,
    reach: form.elements.namedItem("reach") as RadioNodeList,
    existing: form.querySelector("#siting-existing")!,
    nonResidential: form.querySelector("#siting-non-residential")!,
    bassin: form.querySelector("#siting-bassin")!,
  };
  const bassins = [...controls.bassin.options].map((o) => o.value).filter((v) => v !== "");
  const parsed = parseSitingState(location.search, bassins);
  let options = parsed.state;
  showParamIssues(root, text, parsed);
  writeControls(controls, options, text);
  revealToolUi(root);
  const zoom = attachToolMapZoom(root);
  const status = root.querySelector<HTMLElement>("[data-progress]")!;

  const loading = Promise.all([
    fetchJson<SitingData>(siteDataPath("siting")),
    fetchJson<Record<string, string>>(siteDataPath("paths-sector")),
  ]).then(([data, paths]) => ({
    data,
    paths,
    runner: sitingRunner(data),
    scale: metresPerSvgUnit(data.sectors),
  }));

  const update = async () => {
    writeSearch(root, serializeSitingState(options));
    status.textContent = text.t("tools.siting.computing");
    try {
      const { data, paths, runner, scale } = await loading;
      const current = options;
      const answer = await runner.run(current);
      if (!answer) return; // a newer setting is being computed
      render(root, text, data, paths, current, answer.result, answer.ms, scale);
      zoom.refresh();
      status.textContent = "";
    } catch (error) {
      status.textContent = "";
      showError(root, text.t("tools.loadError", { detail: String(error) }));
    }
  };
  const later = debounce(() => void update(), 150);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void update();
  });
  form.addEventListener("input", (event) => {
    options = readControls(controls);
    const f = numberFormats(text.locale);
    controls.kValue.value = f.integer(options.k);
    controls.radiusValue.value = text.t("tools.siting.metres", { value: f.integer(options.radius) });
    if (event.target === controls.k || event.target === controls.radius) later();
    else void update();
  });
  void update();
}

function writeControls(c: Controls, options: SitingOptions, text: PageText): void {
  const f = numberFormats(text.locale);
  c.k.value = String(options.k);
  c.kValue.value = f.integer(options.k);
  c.radius.value = String(options.radius);
  c.radiusValue.value = text.t("tools.siting.metres", { value: f.integer(options.radius) });
  c.reach.value = options.reach;
  c.existing.checked = options.existing;
  c.nonResidential.checked = options.nonResidential ?? false;
  c.bassin.value = options.bassin ?? "";
}

function readControls(c: Controls): Required<SitingOptions> {
  return {
    k: Number(c.k.value),
    radius: Number(c.radius.value),
    reach: (c.reach.value || SITING_DEFAULTS.reach) as Reach,
    existing: c.existing.checked,
    bassin: c.bassin.value || null,
    nonResidential: c.nonResidential.checked,
  };
}

function render(
  root: Document,
  text: PageText,
  data: SitingData,
  paths: Record<string, string>,
  options: SitingOptions,
  result: CoverageResult,
  ms: number,
  scale: number,
): void {
  clearError(root);
  const { t } = text;
  const f = numberFormats(text.locale);
  const view = sitingView(data, result, text.language, text.t);

  root
    .querySelector("[data-summary]")!
    .replaceChildren(...paragraphs(root, summarySentences(text, data, options, view, result, ms)));

  const map = sitingMap(text, data, paths, result, view.picks, options, scale);
  root.querySelector("[data-map]")!.innerHTML = map.svg;
  describeSitingMapExport(root, options, text.language);
  root.querySelector("[data-legend-title]")!.textContent = t("tools.siting.legendTitle");
  renderLegend(root.querySelector<HTMLElement>("[data-legend]")!, map.legend);

  const share = (part: number) => f.percent(view.totalResidents > 0 ? part / view.totalResidents : 0);
  root.querySelector("[data-picks-caption]")!.textContent = t("tools.siting.picksCaption", {
    count: f.integer(view.picks.length),
    radius: f.integer(options.radius),
  });
  root
    .querySelector("[data-picks]")!
    .replaceChildren(
      ...view.picks.map((p) =>
        tableRow(
          root,
          [
            { text: f.integer(p.order), number: true },
            { text: p.place, header: true },
            p.code,
            p.bassin,
            { text: f.integer(p.residents), number: true },
            { text: f.integer(p.fragile), number: true },
            { text: f.integer(p.cumulativeResidents), number: true },
            { text: share(p.cumulativeResidents), number: true },
          ],
          p.code,
        ),
      ),
    );

  root.querySelector("[data-bassins-caption]")!.textContent = t("tools.siting.bassinsCaption", {
    radius: f.integer(options.radius),
  });
  root.querySelector("[data-bassins]")!.replaceChildren(
    ...view.bassins.map((b) =>
      tableRow(
        root,
        [
          { text: b.name, header: true },
          { text: f.integer(b.residents), number: true },
          {
            text: options.existing ? f.integer(b.existingResidents) : t("tools.siting.notCounted"),
            number: options.existing,
          },
          { text: f.integer(b.newResidents), number: true },
          { text: f.integer(b.uncoveredResidents), number: true },
          { text: f.percent(b.residents > 0 ? b.uncoveredResidents / b.residents : 0), number: true },
          { text: f.integer(b.uncoveredFragile), number: true },
        ],
        b.code,
      ),
    ),
  );

  const suffix = sitingFileSuffix(options);
  setCsvLink(
    root.querySelector<HTMLAnchorElement>("[data-csv-picks]")!,
    picksCsv(data, view, options),
    `siting-sites-${suffix}.csv`,
  );
  setCsvLink(
    root.querySelector<HTMLAnchorElement>("[data-csv-bassins]")!,
    bassinsCsv(view, options),
    `siting-bassins-${suffix}.csv`,
  );
  setCsvLink(
    root.querySelector<HTMLAnchorElement>("[data-csv-sectors]")!,
    sectorsCsv(data, result, options, text.language),
    `siting-sectors-${suffix}.csv`,
  );
  root.querySelector<HTMLElement>("[data-results]")!.dataset.ready = serializeSitingState(options) || "default";
}
