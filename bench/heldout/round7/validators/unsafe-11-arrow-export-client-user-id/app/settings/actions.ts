"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import prisma from "@/lib/prisma";

const ProfileInput = z.object({
  displayName: z.string().min(1).max(50),
  bio: z.string().max(280).optional(),
  avatarUrl: z.string().url().optional(),
});

export const updateProfile = async (userId: string, input: z.infer<typeof ProfileInput>) => {
  const data = ProfileInput.parse(input);
  const updated = await prisma.profile.update({
    where: { userId },
    data,
  });
  revalidatePath("/settings");
  return updated;
};

export const deleteAccount = async (userId: string) => {
  await prisma.user.delete({ where: { id: userId } });
};
