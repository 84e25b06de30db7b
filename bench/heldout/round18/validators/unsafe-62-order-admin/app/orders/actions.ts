"use server";

import { z } from "zod";
import { actionClient } from "@/lib/safe-action";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/prisma";

export const refundOrder = actionClient
  .schema(z.object({ orderId: z.string() }))
  .action(async ({ parsedInput: { orderId } }) => {
    const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    await stripe.refunds.create({ payment_intent: order.paymentIntentId });
    await prisma.order.update({ where: { id: orderId }, data: { status: "refunded" } });
    return { refunded: true };
  });
