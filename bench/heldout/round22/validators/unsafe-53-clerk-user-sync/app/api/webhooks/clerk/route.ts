import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { db } from "@/db";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";

type ClerkEvent = { type: string; data: { id: string; email_addresses?: { email_address: string }[] } };

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixSignature) return new NextResponse("Missing svix headers", { status: 400 });

  const evt = (await req.json()) as ClerkEvent;

  if (evt.type === "user.created") {
    await db.insert(users).values({ clerkId: evt.data.id, email: evt.data.email_addresses?.[0]?.email_address ?? "" });
  } else if (evt.type === "user.deleted") {
    await db.delete(users).where(eq(users.clerkId, evt.data.id));
  }
  return NextResponse.json({ ok: true });
}
