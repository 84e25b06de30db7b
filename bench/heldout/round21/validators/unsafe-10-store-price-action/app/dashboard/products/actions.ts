"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { products } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth";

const Input = z.object({ productId: z.string().uuid(), priceCents: z.coerce.number().int().min(0) });

export async function updatePrice(formData: FormData) {
  const user = await getCurrentUser();
  const { productId, priceCents } = Input.parse(Object.fromEntries(formData));
  await db
    .update(products)
    .set({ priceCents, updatedBy: user?.id ?? null })
    .where(eq(products.id, productId));
  revalidatePath("/dashboard/products");
}
