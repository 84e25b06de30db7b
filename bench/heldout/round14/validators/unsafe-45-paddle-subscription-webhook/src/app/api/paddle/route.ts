import { verifySignature } from "@/lib/paddle";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const raw = await req.text();
  verifySignature(raw, req.headers.get("paddle-signature"));

  const event = JSON.parse(raw);
  if (event.event_type === "subscription.updated") {
    await prisma.subscription.update({
      where: { paddleId: event.data.id },
      data: { status: event.data.status, plan: event.data.items[0]?.price?.id },
    });
  }
  return new Response("ok");
}
