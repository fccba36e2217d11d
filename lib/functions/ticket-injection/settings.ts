// Ticket injection settings: which NOT_PRINTED tickets go to TIXNGO, and how.
import { z } from "zod";
import { HOLDER_FIELDS, RECOMMENDED_BATCH_SIZE } from "../common/constants";
import { emptyToUndefined, ZBatchSize, ZCheckbox, ZCodeList } from "../common/settings-fields";

export const ZInjectionSettings = z
  .object({
    batchSize: ZBatchSize.default(RECOMMENDED_BATCH_SIZE),
    salesChannels: ZCodeList.default([]),
    seasons: ZCodeList.default([]),
    productFamilies: ZCodeList.default([]),
    products: ZCodeList.default([]),
    performances: ZCodeList.default([]),
    tariffs: ZCodeList.default([]),
    seatCategories: ZCodeList.default([]),
    /** Exclusive: when set, every other filter is ignored. */
    fileNumber: z.preprocess(emptyToUndefined, z.string().trim().max(64).optional()),
    mandatoryHolderFields: z.preprocess(
      (value) => (typeof value === "string" ? [value] : value),
      z.array(z.enum(HOLDER_FIELDS)).default([]),
    ),
    mainApplicant: ZCheckbox.default(false),
    simulation: ZCheckbox.default(false),
    printerSalesChannel: z.string().trim().min(1, "The sales channel recorded as the printer is required."),
    printerPointOfSale: z.string().trim().min(1, "The point of sale recorded as the printer is required."),
  })
  .superRefine((value, ctx) => {
    // The form disables the other filters; a request that still sends both is refused, not guessed.
    const others = [
      value.salesChannels,
      value.seasons,
      value.productFamilies,
      value.products,
      value.performances,
      value.tariffs,
      value.seatCategories,
    ];
    if (value.fileNumber && others.some((list) => list.length > 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["fileNumber"],
        message: "The file number filter is exclusive: clear the other filters or the file number.",
      });
    }
  });
export type TInjectionSettings = z.output<typeof ZInjectionSettings>;
