import { describe, expect, it } from "vitest";
import { shortPublisher, shortPublishers } from "../../../../src/lib/profile/source-names.ts";

describe("short source names", () => {
  it("keep the producer's proper name and drop the registry's English comments", () => {
    expect(
      shortPublisher(
        "IBSA / perspective.brussels, Monitoring des Quartiers (data from Actiris, Statbel, SPP IS, INAMI)",
      ),
    ).toBe("IBSA / perspective.brussels");
    expect(shortPublisher("AFMPS / FAGG (via jy95/pharmacies_BE)")).toBe("AFMPS / FAGG");
    expect(shortPublisher("OpenStreetMap contributors (extract by jy95/pharmacies_BE)")).toBe("OpenStreetMap");
    expect(shortPublisher("IMA/AIM and INAMI/RIZIV (via Artsenkrant)")).toBe("IMA/AIM, INAMI/RIZIV");
    expect(shortPublisher("Paradigm (ex-CIRB/CIBG), UrbIS UrbAdm; quartiers defined by IBSA")).toBe("Paradigm");
    expect(shortPublisher("Statbel")).toBe("Statbel");
  });

  it("read the French and Dutch publishers the same way", () => {
    expect(shortPublisher("Contributeurs d'OpenStreetMap (extrait par jy95/pharmacies_BE)")).toBe("OpenStreetMap");
    expect(shortPublisher("Bijdragers van OpenStreetMap (extract door jy95/pharmacies_BE)")).toBe("OpenStreetMap");
    expect(shortPublisher("AIM et INAMI (via Artsenkrant)")).toBe("AIM, INAMI");
    expect(shortPublisher("IMA en RIZIV (via Artsenkrant)")).toBe("IMA, RIZIV");
    expect(shortPublisher("BISA / perspective.brussels, Wijkmonitoring (gegevens van Actiris)")).toBe(
      "BISA / perspective.brussels",
    );
  });

  it("name each producer once", () => {
    expect(shortPublishers(["Statbel", "Statbel (TF_SOC_POP_STRUCT_2010)", "IBSA / BISA, Wijkmonitoring"])).toEqual([
      "Statbel",
      "IBSA / BISA",
    ]);
  });
});
