// Retrieve ticket status settings: how many changes a run reads, and which tickets it leaves alone.
import { z } from "zod";
import { RECOMMENDED_BATCH_SIZE } from "../common/constants";
import { ZBatchSize, ZTaxNumberList } from "../common/settings-fields";

export const ZRetrieveStatusSettings = z.object({
  batchSize: ZBatchSize.default(RECOMMENDED_BATCH_SIZE),
  skipTaxNumbers: ZTaxNumberList.default([]),
});
export type TRetrieveStatusSettings = z.output<typeof ZRetrieveStatusSettings>;
