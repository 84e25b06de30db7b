"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

const BookInput = z.object({
  title: z.string().min(1).max(200),
  author: z.string().max(120).optional(),
  status: z.enum(["want", "reading", "done"]),
});

export async function addBook(formData: FormData) {
  const user = await requireUser();
  const input = BookInput.parse({
    title: formData.get("title"),
    author: formData.get("author") || undefined,
    status: formData.get("status"),
  });
  await prisma.book.create({ data: { ...input, userId: user.id } });
  revalidatePath("/books");
}
