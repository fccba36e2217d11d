// Push controlled tickets: what to send and from when.
import { z } from "zod";
import { ZOptionalBatchSize, ZOptionalDate, ZTaxNumberList } from "../common/settings-fields";

export const ZPushControlledSettings = z.object({
  batchSize: ZOptionalBatchSize,
  dateFrom: ZOptionalDate,
  skipTaxNumbers: ZTaxNumberList.default([]),
});
export type TPushControlledSettings = z.output<typeof ZPushControlledSettings>;
