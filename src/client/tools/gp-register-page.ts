/**
 * The bring-your-own register page in the browser: parameters from the URL and the form, a file
 * from the input, a drop or the example, its problems listed, then the shortage figures on the
 * map, the table and the area card, the what-if edits (pointer and keyboard) with before and
 * after side by side, and the downloads. The file is read here and never sent anywhere.
 */
import {
  clickResultSort,
  downloadTable,
  GP_REGISTER_INDICATORS,
  resultRows,
  type GpIndicatorId,
  type GpRegisterLevel,
  type LevelNames,
  type LevelResults,
  type SortKey,
} from "../../lib/tools/gp-register.ts";
import {
  addPractice,
  isEdited,
  movePractice,
  movePracticeTo,
  removePractice,
  type Direction,
  type EditablePractice,
} from "../../lib/tools/gp-register-edits.ts";
import { fromSvg, type Affine } from "../../lib/tools/gp-register-projection.ts";
import { MAP_HEIGHT, MAP_WIDTH } from "../../lib/map/geometry.ts";
import { numberFormats } from "../../lib/format.ts";
import { siteDataPath } from "../../lib/routes.ts";
import { fetchJson } from "../fetch-json.ts";
import { renderLegend } from "../legend.ts";
import { readPageText, type PageText } from "./messages.ts";
import { readNumberField, type NumberField } from "./number-field.ts";
import { writeLocaleNumber } from "../../lib/locale-number.ts";
import type { ParameterKey } from "../../lib/tools/gp-register-columns.ts";
import { clearError, paragraphs, revealToolUi, showError, showParamIssues, writeSearch } from "./page-shell.ts";
import {
  fileIssueOf,
  loadEngine,
  parameterOf,
  parametersFromUrl,
  parametersToUrl,
  PARAMETER_FIELDS,
  type LoadedRegister,
  type RegisterParameters,
  type RegisterEngine,
} from "./gp-register-engine.ts";
import { hideErrors, showErrors } from "./gp-register-errors.ts";
import { gpRegisterChangeMap, gpRegisterMap, type GpMapInput } from "./gp-register-map.ts";
import { focusableAreas, focusedArea, wireAreaKeys } from "./gp-register-map-keys.ts";
import { hideCard, renderCard, renderTable, summarySentences } from "./gp-register-results.ts";
import { describeGpRegisterMapExport, downloadName, saveCsv, saveXlsx } from "./gp-register-downloads.ts";

interface PageData {
  levels: Record<GpRegisterLevel, LevelNames>;
  bassinBorder: string;
  affine: Affine;
}

const EXAMPLE_FILE = "/downloads/gp-register/example-register.csv";

interface State {
  parameters: RegisterParameters;
  fileName: string | null;
  /** The practices as read from the file (the "before"). */
  original: EditablePractice[];
  /** The practices after the what-if edits. */
  edited: EditablePractice[];
  /** Rows left out with the visitor's consent (their problems listed above the results). */
  leftOut: number;
  before: LevelResults | null;
  after: LevelResults | null;
  level: GpRegisterLevel;
  indicator: GpIndicatorId;
  sort: { key: SortKey; ascending: boolean } | null;
  selectedArea: string | null;
  selectedPractice: string | null;
}

export function startGpRegister(root: Document): void {
  const text = readPageText(root);
  const data = JSON.parse(root.getElementById("gpr-page-data")!.textContent!) as PageData;
  const parsed = parametersFromUrl(location.search);
  const state: State = {
    parameters: parsed.parameters,
    fileName: null,
    original: [],
    edited: [],
    leftOut: 0,
    before: null,
    after: null,
    level: "quartier",
    indicator: "gp_access_2sfca",
    sort: null,
    selectedArea: null,
    selectedPractice: null,
  };
  showParamIssues(root, text, { issues: parsed.issues, repeated: [] });
  const form = root.querySelector<HTMLFormElement>("#gpr-form")!;
  const fields = numberFields(form, text);
  writeControls(form, fields, state.parameters, text);
  writeSearch(root, parametersToUrl(state.parameters));
  revealToolUi(root);

  let revision = 0;
  const engine = loadEngine();
  const paths = new Map<string, Promise<Record<string, string>>>();
  const pathsOf = (level: string) => {
    if (!paths.has(level)) paths.set(level, fetchJson<Record<string, string>>(siteDataPath(`paths-${level}`)));
    return paths.get(level)!;
  };
  const fileStatus = root.querySelector<HTMLElement>("[data-file-status]")!;
  const whatifStatus = root.querySelector<HTMLElement>("[data-whatif-status]")!;
  const results = root.querySelector<HTMLElement>("[data-results]")!;
  const mapFrame = root.querySelector<HTMLElement>("[data-map]")!;
  const compareSection = root.querySelector<HTMLElement>("[data-compare]")!;
  const beforeFrame = root.querySelector<HTMLElement>("[data-map-before]")!;
  const afterFrame = root.querySelector<HTMLElement>("[data-map-after]")!;
  const changeFrame = root.querySelector<HTMLElement>("[data-map-change]")!;

  // ---- computing and drawing ----
  const compute = async () => {
    const e = await engine;
    state.before = e.compute(state.original, state.parameters);
    state.after = isEdited(state.original, state.edited) ? e.compute(state.edited, state.parameters) : null;
    await render();
  };

  const render = async () => {
    if (!state.before || state.fileName === null) return;
    clearError(root);
    const edited = state.after !== null;
    const current = state.after ?? state.before;
    const names = data.levels[state.level];
    const rows = resultRows(
      names,
      current.get(state.level)!,
      state.indicator,
      edited ? state.before.get(state.level) : undefined,
    );
    const f = numberFormats(text.locale);
    root.querySelector("[data-computed-from]")!.textContent = text.t(
      state.leftOut ? "gpr.computedFromPartial" : "gpr.computedFrom",
      { file: state.fileName, practices: f.integer(state.original.length), left: f.integer(state.leftOut) },
    );
    const region = current.get("region")?.values ? [...current.get("region")!.values()][0] : undefined;
    root
      .querySelector("[data-summary]")!
      .replaceChildren(...paragraphs(root, summarySentences(text, region, state.edited.length, state.parameters)));
    const levelPaths = await pathsOf(state.level);
    // Edited: the before and after maps side by side, all maps and the legend in the same classes.
    const beforeRows = edited ? resultRows(names, state.before.get(state.level)!, state.indicator) : [];
    const classValues = [...beforeRows, ...rows].map((r) => r.value);
    const comparison = (side: "before" | "after") => (edited ? { side, classValues } : undefined);
    const map = gpRegisterMap(text, { ...mapInput(rows, levelPaths), comparison: comparison("after") });
    drawMap(mapFrame, map.svg);
    describeGpRegisterMapExport(mapFrame, downloadName(state.fileName, `-${state.level}-${state.indicator}`), text);
    compareSection.hidden = !edited;
    if (edited) {
      const before = { ...mapInput(beforeRows, levelPaths), practices: state.original, selectedPractice: null };
      drawMap(beforeFrame, gpRegisterMap(text, { ...before, comparison: comparison("before") }).svg);
      drawMap(afterFrame, gpRegisterMap(text, { ...mapInput(rows, levelPaths), comparison: comparison("after") }).svg);
      const change = gpRegisterChangeMap(text, mapInput(rows, levelPaths));
      drawMap(changeFrame, change.svg);
      renderLegend(root.querySelector<HTMLElement>("[data-change-legend]")!, change.legend);
    } else {
      for (const frame of [beforeFrame, afterFrame, changeFrame]) frame.replaceChildren();
    }
    renderLegend(root.querySelector<HTMLElement>("[data-legend]")!, map.legend);
    root.querySelector("[data-source-line]")!.textContent = text.t("gpr.sourceLine", { file: state.fileName });
    renderTable(
      root,
      text,
      {
        level: state.level,
        indicator: state.indicator,
        rows,
        edited,
        sort: state.sort,
        selectedArea: state.selectedArea,
      },
      (key) => {
        const polarity = GP_REGISTER_INDICATORS.find((i) => i.id === state.indicator)!.polarity;
        state.sort = clickResultSort(state.sort, key, polarity);
        void render();
      },
      (code) => selectArea(code, true),
    );
    renderSelectedCard();
    renderPracticeList();
    results.hidden = false;
    root.querySelector<HTMLElement>("[data-whatif]")!.hidden = false;
    // For tests and scripts: which computation is on screen (a counter, the parameters, the register).
    results.dataset.ready = `${++revision}|${parametersToUrl(state.parameters)}|${state.edited.length}|${edited ? "edited" : "file"}`;
  };

  /** Redraws one map; its areas stay keyboard operable and the focused one keeps the focus. */
  const drawMap = (frame: HTMLElement, svg: string) => {
    const hadFocus = focusedArea(frame);
    frame.innerHTML = svg;
    focusableAreas(frame, state.selectedArea, hadFocus);
  };

  const mapInput = (rows: ReturnType<typeof resultRows>, levelPaths: Record<string, string>): GpMapInput => ({
    level: state.level,
    indicator: state.indicator,
    rows,
    paths: levelPaths,
    bassinBorder: data.bassinBorder,
    practices: state.edited,
    selectedPractice: state.selectedPractice,
    selectedArea: state.selectedArea,
    affine: data.affine,
    thresholds: { shortage: state.parameters.inami_shortage_per_1000, severe: state.parameters.inami_severe_per_1000 },
  });

  const renderSelectedCard = () => {
    const current = state.after ?? state.before;
    const code = state.selectedArea;
    const area = code === null ? undefined : current?.get(state.level)?.get(code);
    if (!area || code === null) return hideCard(root);
    const names = data.levels[state.level];
    const name = names.names[names.codes.indexOf(code)] ?? code;
    const before = state.after ? (state.before?.get(state.level)?.get(code) ?? null) : null;
    renderCard(root, text, code, name, state.level, area, before, state.parameters);
  };

  const selectArea = (code: string | null, focusCard: boolean) => {
    state.selectedArea = code;
    void render().then(() => {
      if (focusCard && code !== null) root.querySelector<HTMLElement>("[data-card-heading]")?.focus();
    });
  };

  // ---- the file ----
  const accept = (loaded: LoadedRegister) => {
    state.fileName = loaded.fileName;
    state.original = loaded.practices;
    state.edited = loaded.practices;
    state.selectedPractice = loaded.practices[0]?.id ?? null;
    state.selectedArea = null;
    state.leftOut = new Set(loaded.issues.map((i) => i.row)).size;
    return compute();
  };

  const readFile = async (fileName: string, bytes: Uint8Array) => {
    hideErrors(root);
    fileStatus.textContent = text.t("gpr.reading", { file: fileName });
    let loaded: LoadedRegister;
    try {
      loaded = await (await engine).load(fileName, bytes);
    } catch (error) {
      const issue = fileIssueOf(error);
      if (!issue) {
        fileStatus.textContent = "";
        showError(root, text.t("tools.loadError", { detail: String(error) }));
        return;
      }
      fileStatus.textContent = text.t("gpr.readFailed", { file: fileName });
      showErrors(root, text, { fileName, issues: [issue], rowCount: null, goodRows: 0 });
      return;
    }
    const f = numberFormats(text.locale);
    if (loaded.issues.length > 0) {
      fileStatus.textContent = text.t("gpr.readWithIssues", { file: fileName, count: f.integer(loaded.issues.length) });
      const button = showErrors(root, text, {
        fileName,
        issues: loaded.issues,
        rowCount: loaded.rowCount,
        goodRows: loaded.practices.length,
      });
      button?.addEventListener("click", () => void accept(loaded), { once: true });
      return;
    }
    fileStatus.textContent = text.t("gpr.read", { file: fileName, count: f.integer(loaded.practices.length) });
    await accept(loaded);
  };

  const readBlob = async (file: File) => readFile(file.name, new Uint8Array(await file.arrayBuffer()));
  const input = root.querySelector<HTMLInputElement>("#gpr-file")!;
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void readBlob(file);
  });
  const dropzone = root.querySelector<HTMLElement>("[data-dropzone]")!;
  dropzone.addEventListener("dragover", (event) => {
    event.preventDefault();
    dropzone.classList.add("dragging");
  });
  dropzone.addEventListener("dragleave", () => dropzone.classList.remove("dragging"));
  dropzone.addEventListener("drop", (event) => {
    event.preventDefault();
    dropzone.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) void readBlob(file);
  });
  root.querySelector("[data-load-example]")!.addEventListener("click", async () => {
    try {
      const response = await fetch(EXAMPLE_FILE);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await readFile("example-register.csv", new Uint8Array(await response.arrayBuffer()));
    } catch (error) {
      showError(root, text.t("tools.loadError", { detail: String(error) }));
    }
  });

  // ---- parameters ----
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    applyParameters();
  });
  form.addEventListener("change", () => applyParameters());
  const applyParameters = () => {
    const reread = parametersFromUrl(readControls(form, fields, state.parameters, text));
    state.parameters = reread.parameters;
    showParamIssues(root, text, { issues: reread.issues, repeated: [] });
    writeControls(form, fields, state.parameters, text);
    writeSearch(root, parametersToUrl(state.parameters));
    if (state.before) void compute();
  };

  // ---- view controls ----
  const levelSelect = root.querySelector<HTMLSelectElement>("#gpr-level")!;
  const indicatorSelect = root.querySelector<HTMLSelectElement>("#gpr-indicator")!;
  levelSelect.value = state.level;
  indicatorSelect.value = state.indicator;
  levelSelect.addEventListener("change", () => {
    state.level = levelSelect.value as GpRegisterLevel;
    state.selectedArea = null;
    state.sort = null;
    void render();
  });
  indicatorSelect.addEventListener("change", () => {
    state.indicator = indicatorSelect.value as GpIndicatorId;
    void render();
  });
  root.querySelector<HTMLFormElement>("[data-view-form]")!.addEventListener("submit", (e) => e.preventDefault());

  // ---- downloads ----
  const parameterText = () => parametersToUrl(state.parameters).replace(/^\?/, "") || "defaults";
  root.querySelectorAll<HTMLButtonElement>("[data-download]").forEach((button) =>
    button.addEventListener("click", async () => {
      if (!state.before || state.fileName === null) return;
      const source = text.t("gpr.download.computedFrom", { file: state.fileName });
      const table = downloadTable(
        data.levels,
        state.after ?? state.before,
        state.after ? state.before : null,
        source,
        parameterText(),
      );
      const kind = button.dataset.download;
      if (kind === "csv") saveCsv(table.header, table.rows, downloadName(state.fileName, ".csv"));
      else
        saveXlsx(
          [source, text.t("gpr.download.about"), text.t("gpr.download.settings", { parameters: parameterText() })],
          table.header,
          table.rows,
          { about: text.t("gpr.download.sheetAbout"), results: text.t("gpr.download.sheetResults") },
          downloadName(state.fileName, ".xlsx"),
        );
    }),
  );

  // ---- what-if ----
  const practiceSelect = root.querySelector<HTMLSelectElement>("[data-practice-select]")!;
  const renderPracticeList = () => {
    const f = numberFormats(text.locale);
    practiceSelect.replaceChildren(
      ...state.edited.map((p) => {
        const option = root.createElement("option");
        option.value = p.id;
        option.textContent = text.t(p.added ? "gpr.whatif.optionAdded" : "gpr.whatif.option", {
          id: p.id,
          name: p.name || p.id,
          gps: f.upTo(p.headcount ?? 0, 2),
        });
        return option;
      }),
    );
    if (state.selectedPractice !== null) practiceSelect.value = state.selectedPractice;
  };
  practiceSelect.addEventListener("change", () => {
    state.selectedPractice = practiceSelect.value || null;
    void render();
  });
  /** Applies an edit; one that would put a practice outside the region is refused and said so. */
  const edit = async (
    change: (practices: EditablePractice[], e: RegisterEngine) => EditablePractice[] | null,
    said: string,
  ): Promise<boolean> => {
    const e = await engine;
    const next = change(state.edited, e);
    if (next === null) {
      await render();
      whatifStatus.textContent = text.t("gpr.whatif.refusedOutside");
      return false;
    }
    state.edited = next;
    await compute();
    whatifStatus.textContent = said;
    return true;
  };
  const describePlace = (id: string) =>
    text.t("gpr.whatif.inSector", { sector: state.edited.find((q) => q.id === id)?.sector ?? "" });
  const move = (direction: Direction) => {
    const id = state.selectedPractice;
    if (id === null) return;
    void edit((practices, e) => movePractice(practices, id, direction, e.locate), "").then((done) => {
      if (!done) return;
      whatifStatus.textContent = text.t("gpr.whatif.moved", {
        id,
        direction: text.t(`gpr.whatif.${direction}`),
        place: describePlace(id),
      });
    });
  };
  const remove = () => {
    const id = state.selectedPractice;
    if (id === null) return;
    const index = state.edited.findIndex((p) => p.id === id);
    void edit((practices) => removePractice(practices, id), text.t("gpr.whatif.removed", { id })).then(() => {
      state.selectedPractice = state.edited[Math.min(index, state.edited.length - 1)]?.id ?? null;
      renderPracticeList();
    });
  };
  const add = () => {
    // At the selected area's centre on the map, else at the map's centre.
    const path = state.selectedArea
      ? root.querySelector<SVGGraphicsElement>(`[data-map] path[data-code="${CSS.escape(state.selectedArea)}"]`)
      : null;
    const box = path?.getBBox();
    const [px, py] = box ? [box.x + box.width / 2, box.y + box.height / 2] : [MAP_WIDTH / 2, MAP_HEIGHT / 2];
    const [x, y] = fromSvg(data.affine, px, py);
    let added = "";
    void edit((practices, e) => {
      const result = addPractice(practices, x, y, e.locate, text.t("gpr.whatif.newName"));
      if (!result) return null;
      added = result.id;
      state.selectedPractice = result.id;
      return result.practices;
    }, "").then((done) => {
      if (done) whatifStatus.textContent = text.t("gpr.whatif.added", { id: added, place: describePlace(added) });
    });
  };
  root
    .querySelectorAll<HTMLButtonElement>("[data-move]")
    .forEach((button) => button.addEventListener("click", () => move(button.dataset.move as Direction)));
  const keys: Record<string, Direction> = {
    ArrowUp: "north",
    ArrowDown: "south",
    ArrowLeft: "west",
    ArrowRight: "east",
  };
  root.querySelector<HTMLButtonElement>("[data-keyboard-mover]")!.addEventListener("keydown", (event) => {
    const direction = keys[event.key];
    if (direction) {
      event.preventDefault();
      move(direction);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      remove();
    }
  });
  root.querySelector("[data-remove]")!.addEventListener("click", remove);
  root.querySelector("[data-add]")!.addEventListener("click", add);
  root.querySelector("[data-reset]")!.addEventListener("click", () => {
    state.edited = state.original;
    state.selectedPractice = state.original[0]?.id ?? null;
    void compute().then(() => (whatifStatus.textContent = text.t("gpr.whatif.resetDone")));
  });

  // ---- keyboard on the maps: Tab in, arrows between areas, Enter opens the area's card ----
  for (const frame of [mapFrame, beforeFrame, afterFrame, changeFrame])
    wireAreaKeys(frame, (code) => selectArea(code, true));

  // ---- pointer on the map: pick an area, or drag a practice ----
  let dragging: { id: string; circle: SVGCircleElement; moved: boolean } | null = null;
  const svgPoint = (event: PointerEvent): [number, number] | null => {
    const svg = mapFrame.querySelector("svg");
    const matrix = (dragging?.circle.parentNode as SVGGraphicsElement | null)?.getScreenCTM();
    if (!svg || !matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
  };
  mapFrame.addEventListener("pointerdown", (event) => {
    const circle = (event.target as Element).closest<SVGCircleElement>("circle[data-practice]");
    if (!circle) return;
    event.preventDefault();
    circle.setPointerCapture(event.pointerId);
    dragging = { id: circle.dataset.practice!, circle, moved: false };
  });
  mapFrame.addEventListener("pointermove", (event) => {
    if (!dragging) return;
    const point = svgPoint(event);
    if (!point) return;
    dragging.moved = true;
    dragging.circle.setAttribute("cx", String(point[0]));
    dragging.circle.setAttribute("cy", String(point[1]));
  });
  mapFrame.addEventListener("pointerup", (event) => {
    if (!dragging) return;
    const { id, moved } = dragging;
    const point = svgPoint(event);
    dragging = null;
    state.selectedPractice = id;
    if (!moved || !point) return void render();
    const [x, y] = fromSvg(data.affine, point[0], point[1]);
    void edit((practices, e) => movePracticeTo(practices, id, x, y, e.locate), "").then((done) => {
      if (done) whatifStatus.textContent = text.t("gpr.whatif.dropped", { id, place: describePlace(id) });
    });
  });
  mapFrame.addEventListener("click", (event) => {
    if ((event.target as Element).closest("circle[data-practice]")) return;
    const code = (event.target as Element).closest("path[data-code]")?.getAttribute("data-code");
    if (code) selectArea(code, false);
  });
}

/**
 * The number fields, read in the page's language (`2,5` on a French or Dutch page, `2.5` on an
 * English one; src/lib/locale-number.ts): one that cannot be read or is out of range says why
 * under itself and keeps the last valid value.
 */
function numberFields(form: HTMLFormElement, text: PageText): Map<ParameterKey, NumberField> {
  const fields = new Map<ParameterKey, NumberField>();
  for (const field of PARAMETER_FIELDS) {
    if (field.kind !== "number") continue;
    const label = text.t(`gpr.param.${field.key}`);
    const words = (value: number) => ({
      field: label,
      value: writeLocaleNumber(value, text.language),
      min: writeLocaleNumber(field.min, text.language),
      max: writeLocaleNumber(field.max, text.language),
    });
    fields.set(field.key, {
      input: form.querySelector<HTMLInputElement>(`#gpr-param-${field.key}`)!,
      error: form.querySelector<HTMLElement>(`#gpr-param-${field.key}-error`)!,
      label,
      rangeError: (value) => {
        if (field.integer && !Number.isInteger(value)) return text.t("gpr.param.notInteger", words(value));
        if (value < field.min || value > field.max) return text.t("gpr.param.outOfRange", words(value));
        return null;
      },
    });
  }
  return fields;
}

/** The form shows the parameters in use; a number field marked invalid keeps the text to correct. */
function writeControls(
  form: HTMLFormElement,
  fields: Map<ParameterKey, NumberField>,
  p: RegisterParameters,
  text: PageText,
): void {
  for (const field of PARAMETER_FIELDS) {
    const value = p[parameterOf(field.key)];
    const number = fields.get(field.key);
    if (number) {
      if (number.input.getAttribute("aria-invalid") !== "true")
        number.input.value = writeLocaleNumber(Number(value), text.language);
      continue;
    }
    const element = form.elements.namedItem(field.key);
    if (element instanceof RadioNodeList) element.value = String(value);
  }
}

/**
 * The form as a query string, read by the URL's reader: form and link accept the same values. A
 * number field that cannot be used gives the value in use.
 */
function readControls(
  form: HTMLFormElement,
  fields: Map<ParameterKey, NumberField>,
  current: RegisterParameters,
  text: PageText,
): string {
  const params = new URLSearchParams();
  for (const field of PARAMETER_FIELDS) {
    const number = fields.get(field.key);
    if (number) {
      params.set(field.key, String(readNumberField(number, text) ?? current[parameterOf(field.key)]));
      continue;
    }
    const element = form.elements.namedItem(field.key);
    if (element instanceof RadioNodeList) params.set(field.key, element.value.trim());
  }
  return `?${params}`;
}
