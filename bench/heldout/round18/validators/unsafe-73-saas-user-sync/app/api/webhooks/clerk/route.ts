import { NextResponse } from "next/server";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const svixId = req.headers.get("svix-id");
  if (!svixId) return new NextResponse("Missing svix headers", { status: 400 });

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created") {
    const email = evt.data.email_addresses[0]?.email_address ?? "";
    await prisma.user.create({ data: { clerkId: evt.data.id, email, role: "member" } });
  }
  if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }
  return NextResponse.json({ ok: true });
}
