"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

const StatusInput = z.object({
  orderId: z.string().uuid(),
  status: z.enum(["roasting", "shipped", "delivered", "refunded"]),
  trackingNumber: z.string().max(64).optional(),
});

export async function updateOrderStatus(input: z.infer<typeof StatusInput>) {
  const data = StatusInput.parse(input);
  await prisma.order.update({
    where: { id: data.orderId },
    data: { status: data.status, trackingNumber: data.trackingNumber ?? null },
  });
  revalidatePath("/orders");
  return { ok: true };
}
