import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { Webhook } from "svix";
import { prisma } from "@/lib/prisma";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[] } };

export async function POST(req: Request) {
  const h = await headers();
  const payload = await req.text();
  let evt: ClerkEvent;
  try {
    evt = new Webhook(process.env.CLERK_WEBHOOK_SECRET!).verify(payload, {
      "svix-id": h.get("svix-id") ?? "",
      "svix-timestamp": h.get("svix-timestamp") ?? "",
      "svix-signature": h.get("svix-signature") ?? "",
    }) as ClerkEvent;
  } catch {
    return new NextResponse("Invalid signature", { status: 400 });
  }

  if (evt.type === "user.created") {
    await prisma.user.upsert({
      where: { clerkId: evt.data.id },
      update: {},
      create: { clerkId: evt.data.id, email: evt.data.email_addresses?.[0]?.email_address ?? "" },
    });
  }
  return NextResponse.json({ ok: true });
}
