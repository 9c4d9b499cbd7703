import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { adjacency, neighboursOf } from "../../../../src/data/profile/neighbours.ts";
import { areas } from "../../../../src/data/profile/territory.ts";

describe("adjacency(topology, object)", () => {
  // Three unit squares in a row, A | B | C, sharing arcs 1 (A–B) and 3 (B–C); A and C do not touch.
  const topology = {
    type: "Topology",
    arcs: [
      [
        [1, 0],
        [0, 0],
        [0, 1],
        [1, 1],
      ],
      [
        [1, 1],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [2, 0],
        [2, 1],
      ],
      [
        [2, 1],
        [1, 1],
      ],
      [
        [2, 0],
        [3, 0],
        [3, 1],
        [2, 1],
      ],
    ],
    objects: {
      squares: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", id: "A", arcs: [[0, 1]] },
          { type: "Polygon", id: "B", arcs: [[~1, 2, 3, 4]] },
          { type: "Polygon", id: "C", arcs: [[5, ~3]] },
        ],
      },
    },
  } as unknown as Topology;

  it("links polygons that share an arc, and only those", () => {
    expect(Object.fromEntries(adjacency(topology, "squares"))).toEqual({ A: ["B"], B: ["A", "C"], C: ["B"] });
  });

  it("fails clearly on an unknown object", () => {
    expect(() => adjacency(topology, "nothing")).toThrow('no object "nothing"');
  });
});

describe("neighboursOf(level, code) on the published boundaries", () => {
  it("finds real neighbours: Grand Place borders Dansaert, Anderlecht-Centre-Wayez borders Cureghem Vétérinaire", () => {
    expect(neighboursOf("quartier", "1")).toContain("2");
    expect(neighboursOf("quartier", "2")).toContain("1");
    expect(neighboursOf("quartier", "58")).toContain("12");
  });

  it("does not list far-apart quartiers: Grand Place and Anderlecht-Centre-Wayez", () => {
    expect(neighboursOf("quartier", "1")).not.toContain("58");
  });

  it("never makes a quartier its own neighbour, is symmetric, and leaves no quartier alone", () => {
    for (const { code } of areas("quartier")) {
      const list = neighboursOf("quartier", code);
      expect(list, code).not.toContain(code);
      expect(list.length, code).toBeGreaterThan(0);
      for (const other of list) expect(neighboursOf("quartier", other), `${other} → ${code}`).toContain(code);
    }
  });

  it("works at the other levels: Anderlecht borders Forest, not Evere", () => {
    expect(neighboursOf("commune", "21001")).toContain("21007");
    expect(neighboursOf("commune", "21001")).not.toContain("21006");
    expect(neighboursOf("bassin", "CO").length).toBeGreaterThan(0);
  });
});
