// zod's default wording ("Too big: expected string to have <=100 characters")
// is for developers. Any rule without its own message is worded here for an
// operator instead; schemas keep their own, more precise messages first.
import { z } from "zod";

function sized(origin: string | undefined, limit: number | bigint | Date, most: boolean): string {
  const bound = String(limit);
  if (origin === "string") return most ? `At most ${bound} characters.` : `At least ${bound} character(s).`;
  if (origin === "array" || origin === "set") return most ? `At most ${bound} entries.` : `At least ${bound} entries.`;
  return most ? `At most ${bound}.` : `At least ${bound}.`;
}

export const operatorMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "too_big":
      return sized(issue.origin, issue.maximum, true);
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) === 1
        ? "This field is required."
        : sized(issue.origin, issue.minimum, false);
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "This field is required.";
      if (issue.expected === "number" || issue.expected === "int") return "Enter a whole number.";
      return "This value has the wrong form.";
    case "invalid_format":
      return issue.format === "email" ? "Not an e-mail address." : "This value has the wrong form.";
    case "invalid_value":
      return issue.values.length <= 8
        ? `Choose one of: ${issue.values.map(String).join(", ")}.`
        : "This value is not one of the choices.";
    case "not_multiple_of":
      return `Must be a multiple of ${String(issue.divisor)}.`;
    case "unrecognized_keys":
      return `Unexpected field(s): ${issue.keys.slice(0, 5).join(", ")}.`;
    default:
      return "This value is not accepted.";
  }
};

z.config({ customError: operatorMessage });
