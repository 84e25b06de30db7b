"use server";

import { revalidateTag } from "next/cache";
import { prisma } from "@/lib/prisma";

async function saveBanner(formData: FormData) {
  const message = String(formData.get("message") ?? "").slice(0, 280);
  const tone = formData.get("tone") === "warning" ? "warning" : "info";
  const visible = formData.get("visible") === "on";

  await prisma.siteBanner.upsert({
    where: { id: 1 },
    update: { message, tone, visible },
    create: { id: 1, message, tone, visible },
  });
  revalidateTag("banner");
}

export { saveBanner as updateBanner };
