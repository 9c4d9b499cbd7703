import type { Table } from "../../src/core/table-schema.ts";
import { gp_facts } from "../../src/core/tables/gp_facts.ts";
import type { GpFactRow } from "../indicators/gp/facts.ts";
import { declaredTable } from "./declared-table.ts";

/** What is known about GPs without an open register: every staged statement with its source, date, caveat and status. */
export function gpFactsTable(rows: GpFactRow[]): Table {
  return declaredTable(
    gp_facts,
    {
      fr: "Ce que l'on sait des médecins généralistes à Bruxelles sans registre ouvert : chaque chiffre ou déclaration publiés (presse, Vivalis, Parlement, textes légaux de la Cocom), tel quel, avec sa source, sa date, sa réserve et son statut. Contexte, jamais une mesure par quartier.",
      nl: "Wat bekend is over huisartsen in Brussel zonder open register: elk gepubliceerd cijfer of elke uitspraak (pers, Vivalis, Parlement, wetteksten van de GGC), zoals vermeld, met bron, datum, voorbehoud en status. Context, nooit een meting per wijk.",
      en: "What is known about general practitioners in Brussels without an open register: every published figure or statement (press, Vivalis, Parliament, Cocom legal texts), as stated, with its source, date, caveat and status. Context, never a measurement per quartier.",
    },
    {
      fact_id: {
        fr: "Identifiant : source et ligne du fichier",
        nl: "Id: bron en rij van het bestand",
        en: "Id: source and row of the file",
      },
      topic: {
        fr: "Sujet : regional_figures, legal_framework, shortage_statements, supply_statements, gmd_coverage",
        nl: "Onderwerp: regional_figures, legal_framework, shortage_statements, supply_statements, gmd_coverage",
        en: "Topic: regional_figures, legal_framework, shortage_statements, supply_statements, gmd_coverage",
      },
      source_id: { fr: "Source (table sources)", nl: "Bron (tabel sources)", en: "Source (sources table)" },
      source_row: {
        fr: "Ligne dans le fichier source (en-tête = 1)",
        nl: "Rij in het bronbestand (kop = 1)",
        en: "Row in the source file (header = 1)",
      },
      geography_as_stated: {
        fr: "Niveau géographique tel que décrit",
        nl: "Geografisch niveau zoals beschreven",
        en: "Geography as described",
      },
      area_as_stated: {
        fr: "Zone telle que nommée par la page",
        nl: "Gebied zoals de pagina het noemt",
        en: "Area as the page names it",
      },
      territory_code: {
        fr: "Code INS : 04000 (région) ou commune(s) séparées par « ; » ; vide pour une autre zone",
        nl: "NIS-code: 04000 (gewest) of gemeente(n) gescheiden door ';'; leeg voor een ander gebied",
        en: "NIS code: 04000 (region) or commune(s) separated by ';'; empty for another area",
      },
      indicator_as_stated: {
        fr: "Ce qui est affirmé, tel que transcrit (en anglais), ou titre du texte légal ; traduit dans statement_fr/nl/en",
        nl: "Wat beweerd wordt, zoals overgeschreven (in het Engels), of titel van de wettekst; vertaald in statement_fr/nl/en",
        en: "What is stated, as transcribed, or the legal text's title; translated in statement_fr/nl/en",
      },
      value: {
        fr: "Valeur affirmée (vide quand la page ne donne pas un seul nombre)",
        nl: "Vermelde waarde (leeg wanneer de pagina geen enkel getal geeft)",
        en: "Stated value (empty where the page gives no single number)",
      },
      value_as_stated: {
        fr: "La phrase de la page, telle quelle, dans sa langue",
        nl: "De zin van de pagina, letterlijk, in haar taal",
        en: "The page's phrase, verbatim, in its language",
      },
      unit_as_stated: { fr: "Unité telle que décrite", nl: "Eenheid zoals beschreven", en: "Unit as described" },
      reference_period_as_stated: {
        fr: "Date ou période de référence telle que décrite (en anglais) ; traduite dans period_fr/nl/en",
        nl: "Referentiedatum of -periode zoals beschreven (in het Engels); vertaald in period_fr/nl/en",
        en: "Reference date or period as described; translated in period_fr/nl/en",
      },
      publisher_as_stated: {
        fr: "Producteur d'origine et intermédiaire, tels que décrits ; traduits dans publisher_fr/nl/en",
        nl: "Oorspronkelijke producent en tussenpersoon, zoals beschreven; vertaald in publisher_fr/nl/en",
        en: "Original producer and intermediary, as described; translated in publisher_fr/nl/en",
      },
      source_url: { fr: "Page source", nl: "Bronpagina", en: "Source page" },
      more_urls: {
        fr: "Autres pages citées, séparées par « ; »",
        nl: "Andere geciteerde pagina's, gescheiden door ';'",
        en: "Other cited pages, separated by ';'",
      },
      source_kind: {
        fr: "Nature de la page source : official, press, third_party (data/reference/gp-fact-source-kinds.csv)",
        nl: "Aard van de bronpagina: official, press, third_party (data/reference/gp-fact-source-kinds.csv)",
        en: "Kind of source page: official, press, third_party (data/reference/gp-fact-source-kinds.csv)",
      },
      status: {
        fr: "Statut : official, press_reported, third_party, ou conflicting quand une autre source affirme autre chose",
        nl: "Status: official, press_reported, third_party, of conflicting wanneer een andere bron iets anders zegt",
        en: "Status: official, press_reported, third_party, or conflicting when another source states otherwise",
      },
      conflict_id: {
        fr: "Groupe de déclarations contradictoires (data/reference/gp-fact-conflicts.csv)",
        nl: "Groep tegenstrijdige uitspraken (data/reference/gp-fact-conflicts.csv)",
        en: "Group of conflicting statements (data/reference/gp-fact-conflicts.csv)",
      },
      caveat: {
        fr: "Réserve, telle que transcrite (en anglais)",
        nl: "Voorbehoud, zoals overgeschreven (in het Engels)",
        en: "Caveat, as transcribed",
      },
      quote_language: {
        fr: "Langue de la citation telle quelle (value_as_stated ; pour un texte légal, son titre) : fr, nl ou en ; vide pour un chiffre seul",
        nl: "Taal van het letterlijke citaat (value_as_stated; voor een wettekst, de titel): fr, nl of en; leeg voor een los cijfer",
        en: "Language of the verbatim quote (value_as_stated; for a legal text, its title): fr, nl or en; empty for a bare figure",
      },
      statement_fr: {
        fr: "Ce qui est affirmé, en français (pour un texte légal : ce que dit l'extrait) ; traduction revue (data/reference/gp-fact-texts.csv)",
        nl: "Wat beweerd wordt, in het Frans (voor een wettekst: wat het uittreksel zegt); nagekeken vertaling (data/reference/gp-fact-texts.csv)",
        en: "What is stated, in French (for a legal text: what the excerpt says); reviewed translation (data/reference/gp-fact-texts.csv)",
      },
      statement_nl: {
        fr: "Ce qui est affirmé, en néerlandais (pour un texte légal : ce que dit l'extrait) ; traduction revue",
        nl: "Wat beweerd wordt, in het Nederlands (voor een wettekst: wat het uittreksel zegt); nagekeken vertaling",
        en: "What is stated, in Dutch (for a legal text: what the excerpt says); reviewed translation",
      },
      statement_en: {
        fr: "Ce qui est affirmé, en anglais (pour un texte légal : ce que dit l'extrait) ; texte revu",
        nl: "Wat beweerd wordt, in het Engels (voor een wettekst: wat het uittreksel zegt); nagekeken tekst",
        en: "What is stated, in English (for a legal text: what the excerpt says); reviewed text",
      },
      caveat_fr: { fr: "Réserve, en français", nl: "Voorbehoud, in het Frans", en: "Caveat, in French" },
      caveat_nl: { fr: "Réserve, en néerlandais", nl: "Voorbehoud, in het Nederlands", en: "Caveat, in Dutch" },
      caveat_en: { fr: "Réserve, en anglais", nl: "Voorbehoud, in het Engels", en: "Caveat, in English" },
      period_fr: {
        fr: "Date ou période de référence, en français",
        nl: "Referentiedatum of -periode, in het Frans",
        en: "Reference date or period, in French",
      },
      period_nl: {
        fr: "Date ou période de référence, en néerlandais",
        nl: "Referentiedatum of -periode, in het Nederlands",
        en: "Reference date or period, in Dutch",
      },
      period_en: {
        fr: "Date ou période de référence, en anglais",
        nl: "Referentiedatum of -periode, in het Engels",
        en: "Reference date or period, in English",
      },
      publisher_fr: {
        fr: "Producteur d'origine et intermédiaire, en français",
        nl: "Oorspronkelijke producent en tussenpersoon, in het Frans",
        en: "Original producer and intermediary, in French",
      },
      publisher_nl: {
        fr: "Producteur d'origine et intermédiaire, en néerlandais",
        nl: "Oorspronkelijke producent en tussenpersoon, in het Nederlands",
        en: "Original producer and intermediary, in Dutch",
      },
      publisher_en: {
        fr: "Producteur d'origine et intermédiaire, en anglais",
        nl: "Oorspronkelijke producent en tussenpersoon, in het Engels",
        en: "Original producer and intermediary, in English",
      },
    },
    rows,
  );
}
