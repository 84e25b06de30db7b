"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function updateEmail(formData: FormData) {
  const userId = String(formData.get("userId"));
  const email = String(formData.get("email")).trim().toLowerCase();
  await prisma.user.update({ where: { id: userId }, data: { email, emailVerified: null } });
  revalidatePath("/settings");
}
