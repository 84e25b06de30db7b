import { headers } from "next/headers";
import { prisma } from "@/lib/prisma";

type ClerkEvent = {
  type: "user.created" | "user.updated" | "user.deleted";
  data: { id: string; email_addresses?: { email_address: string }[]; public_metadata?: { role?: string } };
};

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }
  const evt = (await req.json()) as ClerkEvent;

  if (evt.type === "user.deleted") {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  } else {
    const email = evt.data.email_addresses?.[0]?.email_address ?? "";
    const role = evt.data.public_metadata?.role ?? "member";
    await prisma.user.upsert({
      where: { clerkId: evt.data.id },
      create: { clerkId: evt.data.id, email, role },
      update: { email, role },
    });
  }
  return new Response("ok");
}
