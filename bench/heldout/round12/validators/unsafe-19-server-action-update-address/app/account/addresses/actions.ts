"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

const AddressSchema = z.object({
  id: z.string().cuid(),
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  postcode: z.string().min(2),
  country: z.string().length(2),
});

export async function updateAddress(_prev: unknown, formData: FormData) {
  await requireUser();

  const parsed = AddressSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.flatten().fieldErrors };
  }

  const { id, ...fields } = parsed.data;
  await prisma.address.update({
    where: { id },
    data: fields,
  });

  revalidatePath("/account/addresses");
  return { ok: true };
}
