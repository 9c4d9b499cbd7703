/**
 * Which territories share a border, computed at build time from the published TopoJSON: two
 * polygons are neighbours when they share an arc (topojson-client `neighbors`), which the
 * pipeline's simplification preserves ("shared borders kept"). A corner touch shares no arc and
 * does not count.
 */
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { readTopology } from "../observatory-data.ts";

/** Territory code → codes of the territories sharing a border with it, in code order. */
export function adjacency(topology: Topology, object: string): Map<string, string[]> {
  const collection = topology.objects[object] as GeometryCollection | undefined;
  if (!collection) throw new Error(`The topology has no object "${object}"`);
  const codes = collection.geometries.map((g) => String(g.id));
  const lists = neighbors(collection.geometries);
  const order = new Intl.Collator("en", { numeric: true });
  return new Map(
    codes.map((code, i) => [
      code,
      [...new Set(lists[i]!.map((j) => codes[j]!))].filter((other) => other !== code).sort(order.compare),
    ]),
  );
}

const memo = new Map<string, Map<string, string[]>>();

/** Neighbours of one territory at a level (quartier, commune, bassin). */
export function neighboursOf(level: string, code: string): string[] {
  if (!memo.has(level)) memo.set(level, adjacency(readTopology(level), level));
  return memo.get(level)!.get(code) ?? [];
}
