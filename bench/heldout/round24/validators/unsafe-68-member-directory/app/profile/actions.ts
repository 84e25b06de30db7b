"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";

const ProfileForm = z.object({
  userId: z.string(),
  headline: z.string().max(120),
  location: z.string().max(80),
  website: z.string().url().or(z.literal("")),
});

export async function saveProfile(formData: FormData) {
  const data = ProfileForm.parse(Object.fromEntries(formData));
  await prisma.profile.update({
    where: { userId: data.userId },
    data: { headline: data.headline, location: data.location, website: data.website },
  });
  redirect("/profile");
}
