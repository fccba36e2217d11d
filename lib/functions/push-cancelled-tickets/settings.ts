// Push cancelled and invalidated tickets: what to send, from when, and who is told.
import { z } from "zod";
import { ZCheckbox, ZOptionalBatchSize, ZOptionalDate, ZTaxNumberList } from "../common/settings-fields";

export const ZPushCancelledSettings = z.object({
  /** Empty: every ticket waiting to be sent (the recommended setting). */
  batchSize: ZOptionalBatchSize,
  dateFrom: ZOptionalDate,
  forceTaxNumbers: ZTaxNumberList.default([]),
  skipTaxNumbers: ZTaxNumberList.default([]),
  notifySpectator: ZCheckbox.default(false),
});
export type TPushCancelledSettings = z.output<typeof ZPushCancelledSettings>;
