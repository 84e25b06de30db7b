"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth/require-user";

export async function deleteReminder(reminderId: string) {
  const user = await requireUser();
  await prisma.reminder.deleteMany({ where: { id: reminderId, userId: user.id } });
  revalidatePath("/plants");
}
