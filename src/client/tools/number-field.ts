/**
 * A tool's numeric text field: read in the page's language (src/lib/locale-number.ts), marked
 * invalid with a message naming the field when it cannot be read or is out of range.
 */
import { parseLocaleNumber } from "../../lib/locale-number.ts";
import type { PageText } from "./messages.ts";

export interface NumberField {
  input: HTMLInputElement;
  error: HTMLElement;
  /** The field's label, as the message names it. */
  label: string;
  /** The message for a number that was read but is not allowed (null: allowed). */
  rangeError(value: number): string | null;
}

/** The field's number, or null after showing why it cannot be used. */
export function readNumberField(field: NumberField, text: PageText): number | null {
  const parsed = parseLocaleNumber(field.input.value, text.language);
  const message = parsed.ok
    ? field.rangeError(parsed.value)
    : text.t(parsed.reason === "empty" ? "tools.number.empty" : "tools.number.unreadable", {
        field: field.label,
        value: field.input.value.trim(),
      });
  field.input.setAttribute("aria-invalid", String(message !== null));
  field.error.textContent = message ?? "";
  field.error.hidden = message === null;
  return message === null && parsed.ok ? parsed.value : null;
}
