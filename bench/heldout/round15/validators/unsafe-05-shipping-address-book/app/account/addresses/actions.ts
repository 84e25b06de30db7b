"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";

const AddressSchema = z.object({
  addressId: z.string(),
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  postalCode: z.string().min(3),
  country: z.string().length(2),
});

export async function updateAddress(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Not authenticated");

  const { addressId, ...data } = AddressSchema.parse(Object.fromEntries(formData));
  await prisma.address.update({ where: { id: addressId }, data });

  revalidatePath("/account/addresses");
}
