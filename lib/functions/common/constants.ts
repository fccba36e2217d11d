// Client-safe constants of the schedule settings (no validation code here).
export const HOLDER_FIELDS = [
  "FIRSTNAME",
  "LASTNAME",
  "BIRTHDATE",
  "ID_NUMBER",
  "COUNTRY_CODE",
  "BIRTH_REGION",
  "BIRTH_PLACE",
] as const;
export type THolderField = (typeof HOLDER_FIELDS)[number];

export const RECOMMENDED_BATCH_SIZE = 1000;
export const RECOMMENDED_FREQUENCY_MINUTES = 5;
