import { NextResponse } from "next/server";
import { db } from "@/db";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";

type ClerkEvent = {
  type: "user.created" | "user.updated" | "user.deleted";
  data: { id: string; email_addresses?: { email_address: string }[]; first_name?: string };
};

export async function POST(req: Request) {
  const svixId = req.headers.get("svix-id");
  const svixSignature = req.headers.get("svix-signature");
  if (!svixId || !svixSignature) return new NextResponse("Bad request", { status: 400 });

  const evt = (await req.json()) as ClerkEvent;
  if (evt.type === "user.created" || evt.type === "user.updated") {
    const email = evt.data.email_addresses?.[0]?.email_address ?? "";
    await db
      .insert(users)
      .values({ clerkId: evt.data.id, email, name: evt.data.first_name ?? "" })
      .onConflictDoUpdate({ target: users.clerkId, set: { email } });
  } else if (evt.type === "user.deleted") {
    await db.delete(users).where(eq(users.clerkId, evt.data.id));
  }
  return NextResponse.json({ ok: true });
}
