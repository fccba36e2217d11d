import { z } from "zod";

// TIXNGO owner / holder as stored on the ticket (the SpectatorDetails of the
// diff feed). Parsed loosely: display only what is there.
const ZSpectator = z
  .object({
    title: z.string().nullish(),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
    email: z.string().nullish(),
    phoneNumber: z.string().nullish(),
    dateOfBirth: z.string().nullish(),
    nationality: z.string().nullish(),
    residenceCountry: z.string().nullish(),
  })
  .partial();

export function SpectatorDetails({ value, empty }: { value: unknown; empty: string }) {
  const parsed = ZSpectator.safeParse(value);
  if (value == null || !parsed.success) return <p className="muted">{empty}</p>;
  const s = parsed.data;
  return (
    <div className="text-sm">
      <p className="font-medium">{[s.title, s.firstName, s.lastName].filter(Boolean).join(" ") || "—"}</p>
      {s.email && <p>{s.email}</p>}
      {s.phoneNumber && <p className="muted">{s.phoneNumber}</p>}
      {s.dateOfBirth && (
        <p className="muted">
          Born {s.dateOfBirth}
          {s.nationality ? ` · ${s.nationality}` : ""}
        </p>
      )}
    </div>
  );
}
