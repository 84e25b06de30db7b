"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function banUser(formData: FormData) {
  const userId = String(formData.get("userId"));
  await prisma.user.update({ where: { id: userId }, data: { bannedAt: new Date() } });
  await prisma.session.deleteMany({ where: { userId } });
  revalidatePath("/admin/users");
}
