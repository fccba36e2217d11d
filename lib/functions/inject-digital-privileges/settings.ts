// Inject digital privileges settings: which membership and season cards go to TIXNGO.
import { z } from "zod";
import { RECOMMENDED_BATCH_SIZE } from "../common/constants";
import { ZBatchSize, ZCheckbox, ZCodeList } from "../common/settings-fields";

export const ZPrivilegeSettings = z.object({
  batchSize: ZBatchSize.default(RECOMMENDED_BATCH_SIZE),
  products: ZCodeList.default([]),
  simulation: ZCheckbox.default(false),
});
export type TPrivilegeSettings = z.output<typeof ZPrivilegeSettings>;
