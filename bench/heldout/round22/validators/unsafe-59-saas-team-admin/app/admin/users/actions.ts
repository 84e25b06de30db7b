"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";

export async function changeRole(formData: FormData) {
  const userId = String(formData.get("userId"));
  const role = formData.get("role") === "ADMIN" ? "ADMIN" : "MEMBER";
  await prisma.user.update({ where: { id: userId }, data: { role } });
  revalidatePath("/admin/users");
}
