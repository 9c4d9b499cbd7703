import { describe, expect, it } from "vitest";
import { readablePlaceName } from "../../../src/lib/place-name.ts";

describe("readablePlaceName(name)", () => {
  it("title-cases Statbel's upper-case names, particles lower-case", () => {
    expect(readablePlaceName("RESISTANCE")).toBe("Resistance");
    expect(readablePlaceName("SAINT-GILLES")).toBe("Saint-Gilles");
    expect(readablePlaceName("FORET DE SOIGNES LORRAINE-EST")).toBe("Foret de Soignes Lorraine-Est");
    expect(readablePlaceName("VILLE-ET-FORET - ELAN")).toBe("Ville-et-Foret - Elan");
    expect(readablePlaceName("CHANTS D'OISEAUX")).toBe("Chants d'Oiseaux");
    expect(readablePlaceName("KERKHOF VAN SINT-JOOST")).toBe("Kerkhof van Sint-Joost");
    expect(readablePlaceName("L. DE SMET")).toBe("L. de Smet");
    expect(readablePlaceName("LA ROUE")).toBe("La Roue");
    expect(readablePlaceName("O.L. VROUW VAN HET HEILIG HART")).toBe("O.L. Vrouw van het Heilig Hart");
  });

  it("keeps initials, acronyms and Roman numerals as written", () => {
    expect(readablePlaceName("HOPITAL U.L.B.")).toBe("Hopital U.L.B.");
    expect(readablePlaceName("O.L.V. VAN LAEKEN")).toBe("O.L.V. van Laeken");
    expect(readablePlaceName("CERIA I")).toBe("CERIA I");
    expect(readablePlaceName("VUB")).toBe("VUB");
    expect(readablePlaceName("ALPHONSE XIII")).toBe("Alphonse XIII");
    expect(readablePlaceName("JOSEPH II STRAAT")).toBe("Joseph II Straat");
    expect(readablePlaceName("ST.-MICHIELSWARANDE")).toBe("St.-Michielswarande");
  });

  it("puts the kind of place written in brackets back in front of the name", () => {
    expect(readablePlaceName("COLONIES (RUE DES)")).toBe("Rue des Colonies");
    expect(readablePlaceName("AMITIE (PLACE DE L')")).toBe("Place de l'Amitie");
    expect(readablePlaceName("ANVERS (CHAUSSEE D')-SUD")).toBe("Chaussee d'Anvers-Sud");
    expect(readablePlaceName("CINQUANTENAIRE (PARC DU)")).toBe("Parc du Cinquantenaire");
    expect(readablePlaceName("ASTRID (PARK)")).toBe("Park Astrid");
    expect(readablePlaceName("PORTE DE TERVUEREN - L. DE LANTSHEERE (RUE)")).toBe(
      "Porte de Tervueren - Rue L. de Lantsheere",
    );
  });

  it("leaves a name already in mixed case alone", () => {
    expect(readablePlaceName("Flagey - Malibran")).toBe("Flagey - Malibran");
  });
});
