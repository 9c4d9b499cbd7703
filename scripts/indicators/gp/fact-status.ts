import { join } from "node:path";
import type { PipelineContext } from "../../lib/context.ts";
import { InputError } from "../../lib/errors.ts";
import { readCsv } from "../../sources/read-csv.ts";
import type { StatedFact } from "../../raw/web-gp-statements-as-stated.ts";
import type { Localized } from "../../../src/core/languages.ts";
import { translatedColumns, translatedText } from "../../sources/translated-columns.ts";

/** Which kind of body publishes each cited page's host: the basis of a fact's status. */
export const SOURCE_KINDS_FILE = "gp-fact-source-kinds.csv";
/** Facts that state different values for the same thing, kept side by side and flagged. */
export const CONFLICTS_FILE = "gp-fact-conflicts.csv";

export const SOURCE_KINDS = ["official", "press", "third_party"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** official (the public body's page or the legal text), press_reported, third_party, or conflicting. */
export type FactStatus = "official" | "press_reported" | "third_party" | "conflicting";

export interface Conflict {
  conflictId: string;
  /** Why the values differ; the English text also ends the facts' caveat (gp-fact-texts.csv pins it). */
  note: Localized;
}

export function readSourceKinds(context: PipelineContext): Map<string, SourceKind> {
  const path = join(context.referenceDir, SOURCE_KINDS_FILE);
  const csv = readCsv(path, { columns: ["host", "kind", "name"] });
  const kinds = new Map<string, SourceKind>();
  for (let i = 0; i < csv.length; i++) {
    const host = csv.code(i, "host", /^[a-z0-9.-]+\.[a-z]+$/, "host name (lower case, no scheme)");
    if (kinds.has(host)) throw csv.error(i, "host", `host ${host} is listed twice`);
    const kind = csv.required(i, "kind");
    if (!(SOURCE_KINDS as readonly string[]).includes(kind))
      throw csv.error(i, "kind", `unknown kind "${kind}" (expected ${SOURCE_KINDS.join(", ")})`);
    csv.required(i, "name");
    kinds.set(host, kind as SourceKind);
  }
  return kinds;
}

/** The kind of a fact's first cited page, which carries the statement; an unknown host stops the run. */
export function sourceKindOf(fact: StatedFact, kinds: ReadonlyMap<string, SourceKind>, column: string): SourceKind {
  const host = new URL(fact.urls[0]!).hostname;
  const kind = kinds.get(host);
  if (!kind)
    throw new InputError(
      fact.file,
      `the page host ${host} has no kind in data/reference/${SOURCE_KINDS_FILE}: review the page, then add a row (${SOURCE_KINDS.join(", ")})`,
      { row: fact.row, column },
    );
  return kind;
}

/**
 * The reviewed conflicts, by "source id/row". Each row must still match its fact's wording (a
 * changed file invalidates the decision), and a conflict needs at least two facts.
 */
export function readConflicts(context: PipelineContext, facts: readonly StatedFact[]): Map<string, Conflict> {
  const path = join(context.referenceDir, CONFLICTS_FILE);
  const csv = readCsv(path, {
    columns: ["conflict_id", "source_id", "row", "value_as_stated", ...translatedColumns("note")],
  });
  const byKey = new Map(facts.map((fact) => [factKey(fact.sourceId, fact.row), fact]));
  const conflicts = new Map<string, Conflict>();
  const members = new Map<string, number[]>();
  for (let i = 0; i < csv.length; i++) {
    const conflictId = csv.code(i, "conflict_id", /^[a-z0-9_]+$/, "conflict id (lower case, digits, _)");
    const key = factKey(csv.required(i, "source_id"), csv.integer(i, "row"));
    const fact = byKey.get(key);
    if (!fact) throw csv.error(i, "row", `no GP fact ${key}: the file changed; review the conflict`);
    if (fact.valueAsStated !== csv.required(i, "value_as_stated"))
      throw csv.error(
        i,
        "value_as_stated",
        `${key} now states ${JSON.stringify(fact.valueAsStated)}: the decision no longer matches the file; review it`,
      );
    if (conflicts.has(key)) throw csv.error(i, "row", `${key} is listed twice`);
    conflicts.set(key, { conflictId, note: translatedText(csv, i, "note") });
    members.set(conflictId, [...(members.get(conflictId) ?? []), csv.rowNumber(i)]);
  }
  for (const [conflictId, rows] of members)
    if (rows.length < 2)
      throw new InputError(path, `conflict ${conflictId} names one fact only: a conflict needs two or more`, {
        row: rows[0]!,
        column: "conflict_id",
      });
  return conflicts;
}

export function factKey(sourceId: string, row: number): string {
  return `${sourceId}/${row}`;
}

export function factStatus(kind: SourceKind, conflict: Conflict | undefined): FactStatus {
  if (conflict) return "conflicting";
  return kind === "official" ? "official" : kind === "press" ? "press_reported" : "third_party";
}
