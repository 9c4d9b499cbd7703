import { describe, expect, it } from "vitest";
import { isMaisonMedicaleName } from "../../../../scripts/indicators/coverage/service-types.ts";

describe("maisons médicales: the name pattern", () => {
  it("rejects real clinic names that are not maisons médicales", () => {
    for (const name of [
      "Centre de santé PSE", // school health service (promotion de la santé à l'école)
      "Centre de santé holistique", // alternative medicine
      "Centre Médicale Pavillon Santé",
      "Centre médical Jean Fontaine - Medisch centrum Jean Fontaine",
      "Medisch Centrum Mutsaert",
      "Polyclinique du Midi",
      "Maison d’Accueil Socio-Sanitaire - Medisch-Sociaal Opvangcentrum van Brussel",
      "Goujonissimo",
      "Santé Dental",
    ]) {
      expect(isMaisonMedicaleName(name), name).toBe(false);
    }
  });

  it("accepts the other spellings it is written for, and not mental-health centres", () => {
    for (const name of [
      "Medisch Huis Anderlecht",
      "Maison de Sante Exemple",
      "Maison medical du Parc",
      "Centre de santé du Miroir",
      "WIJKGEZONDHEIDSCENTRUM BRABANT",
    ]) {
      expect(isMaisonMedicaleName(name), name).toBe(true);
    }
    expect(isMaisonMedicaleName("Centrum Geestelijke Gezondheidszorg")).toBe(false);
    expect(isMaisonMedicaleName("Geestelijk gezondheidscentrum Exemple")).toBe(false);
  });
});
