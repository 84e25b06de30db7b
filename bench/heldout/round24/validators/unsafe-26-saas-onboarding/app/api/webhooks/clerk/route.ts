import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  if (!svixId) return new Response("Missing svix headers", { status: 400 });

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created") {
    const { id, email_addresses, first_name, last_name } = evt.data;
    await prisma.user.upsert({
      where: { clerkId: id },
      create: {
        clerkId: id,
        email: email_addresses[0]?.email_address ?? "",
        name: [first_name, last_name].filter(Boolean).join(" "),
        plan: (evt.data.public_metadata?.plan as string) ?? "free",
      },
      update: {},
    });
  }
  return new Response("ok");
}
