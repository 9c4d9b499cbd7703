import { describe, expect, it } from "vitest";
import messages from "../../../../../src/i18n/messages/gp-register-errors.json";
import {
  DEFAULT_SHORTAGE_PARAMETERS,
  describeIssue,
  fillMessage,
  localisedIssueValues,
  readRegisterFile,
  RegisterError,
  REGISTER_MESSAGE_PREFIX,
  REGISTER_MESSAGES,
  REGISTER_VALUE_WORDS,
  shortageParametersFromUrl,
  shortageParametersToUrl,
  valueWordKey,
} from "../../../../../src/core/gp/register/index.ts";

describe("gp-register-errors.json", () => {
  it("has every register issue in French, Dutch and English, the English identical to the pipeline's wording", () => {
    const english: Record<string, string> = Object.fromEntries([
      ...Object.entries(REGISTER_MESSAGES).map(([code, text]) => [REGISTER_MESSAGE_PREFIX + code, text]),
      ...Object.entries(REGISTER_VALUE_WORDS).flatMap(([name, words]) =>
        Object.entries(words).map(([code, text]) => [valueWordKey(name, code), text]),
      ),
    ]);
    for (const language of ["fr", "nl", "en"] as const)
      expect(Object.keys(messages[language]).sort()).toEqual(Object.keys(english).sort());
    expect(messages.en).toEqual(english);
  });

  it("names a wrong separator by a code whose words are translated, never by English words in a French or Dutch message", async () => {
    const error = (await readRegisterFile("r.csv", new TextEncoder().encode("practice_id|lon|lat\np1|4.3|50.8\n")).then(
      () => null,
      (e: unknown) => e,
    )) as RegisterError;
    expect(error).toBeInstanceOf(RegisterError);
    expect(error.values).toEqual({ separator: "bar" });
    expect(error.message).toBe(
      "columns are separated by vertical bars (|): separate them with a comma (,) or a semicolon (;)",
    );
    const messageIn = (language: "fr" | "nl" | "en") => {
      const table = messages[language] as Record<string, string>;
      return fillMessage(
        table[error.key]!,
        localisedIssueValues(error.issue, (key) => table[key]!),
      );
    };
    expect(messageIn("fr")).toBe(
      "les colonnes sont séparées par des barres verticales (|) : séparez-les par une virgule (,) ou un point-virgule (;)",
    );
    expect(messageIn("nl")).toBe(
      "de kolommen zijn gescheiden door verticale strepen (|): scheid ze met een komma (,) of een puntkomma (;)",
    );
    expect(messageIn("en")).toBe(error.message);
  });

  it("keeps each message's placeholders in every language", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect(placeholders(messages.fr[key]), key).toEqual(placeholders(messages.en[key]));
      expect(placeholders(messages.nl[key]), key).toEqual(placeholders(messages.en[key]));
    }
  });
});

describe("shortageParametersFromUrl(search) and shortageParametersToUrl(parameters)", () => {
  it("defaults to the published parameters, and leaves defaults out of a link", () => {
    expect(DEFAULT_SHORTAGE_PARAMETERS).toEqual({
      inami_shortage_per_1000: 0.9,
      inami_severe_per_1000: 0.5,
      catchment_m: 600,
      decay: "gaussian",
      fte_per_gp: 1,
    });
    expect(shortageParametersFromUrl(new URLSearchParams(""))).toEqual({
      parameters: DEFAULT_SHORTAGE_PARAMETERS,
      notices: [],
    });
    expect(shortageParametersToUrl(DEFAULT_SHORTAGE_PARAMETERS).toString()).toBe("");
  });

  it("round-trips every parameter through the URL", () => {
    const search = new URLSearchParams("r=900&d=step&t=1.1&s=0.6&f=0.8&lang=fr");
    const { parameters, notices } = shortageParametersFromUrl(search);
    expect(notices).toEqual([]);
    expect(parameters).toEqual({
      inami_shortage_per_1000: 1.1,
      inami_severe_per_1000: 0.6,
      catchment_m: 900,
      decay: "step",
      fte_per_gp: 0.8,
    });
    expect(shortageParametersToUrl(parameters).toString()).toBe("r=900&d=step&t=1.1&s=0.6&f=0.8");
  });

  it("falls back to the default with a notice for a value out of range, of the wrong kind, or a severe threshold above the shortage one", () => {
    const { parameters, notices } = shortageParametersFromUrl(new URLSearchParams("r=50&d=linear&t=abc&f=2&s=0.3"));
    expect(parameters).toEqual({ ...DEFAULT_SHORTAGE_PARAMETERS, inami_severe_per_1000: 0.3 });
    expect(notices.map(describeIssue)).toEqual([
      'column "r": r=50 is not accepted (100 to 5000): the default 600 is used',
      'column "d": d=linear is not accepted (gaussian or step): the default gaussian is used',
      'column "t": t=abc is not accepted (0.1 to 5): the default 0.9 is used',
      'column "f": f=2 is not accepted (0.1 to 1.5): the default 1 is used',
    ]);
    expect(notices[0]!.key).toBe("gpRegisterError.parameterIgnored");
    const severe = shortageParametersFromUrl(new URLSearchParams("t=0.4&s=0.45&r=600.5"));
    expect(severe.parameters.inami_severe_per_1000).toBe(0.4);
    expect(severe.notices.map((n) => n.message)).toEqual([
      "r=600.5 is not accepted (100 to 5000): the default 600 is used",
      "s=0.45 is not accepted (at most t=0.4): the default 0.4 is used",
    ]);
  });
});
