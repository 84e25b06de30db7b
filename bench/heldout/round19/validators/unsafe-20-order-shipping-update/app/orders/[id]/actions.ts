"use server";

import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function updateShippingAddress(orderId: string, address: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");

  await prisma.order.update({
    where: { id: orderId },
    data: { shippingAddress: address.slice(0, 300) },
  });
  revalidatePath(`/orders/${orderId}`);
}
