"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

const Profile = z.object({ displayName: z.string().min(1).max(50), bio: z.string().max(300) });

export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const input = Profile.parse({ displayName: formData.get("displayName"), bio: formData.get("bio") });
  await prisma.user.update({ where: { id: session.user.id }, data: input });
  revalidatePath("/profile");
}
