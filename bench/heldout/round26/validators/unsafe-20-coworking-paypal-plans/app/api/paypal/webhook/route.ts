import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

type PayPalEvent = {
  id: string;
  event_type: string;
  resource: { id: string; custom_id?: string; status?: string };
};

async function handler(req: Request) {
  const event = (await req.json()) as PayPalEvent;

  const already = await prisma.webhookEvent.findUnique({ where: { id: event.id } });
  if (already) return NextResponse.json({ duplicate: true });
  await prisma.webhookEvent.create({ data: { id: event.id, type: event.event_type } });

  switch (event.event_type) {
    case "BILLING.SUBSCRIPTION.ACTIVATED":
      await prisma.membership.update({
        where: { id: event.resource.custom_id },
        data: { status: "active", paypalSubscriptionId: event.resource.id },
      });
      break;
    case "BILLING.SUBSCRIPTION.CANCELLED":
    case "BILLING.SUBSCRIPTION.SUSPENDED":
      await prisma.membership.updateMany({
        where: { paypalSubscriptionId: event.resource.id },
        data: { status: "inactive" },
      });
      break;
  }

  return NextResponse.json({ ok: true });
}

export { handler as POST };
