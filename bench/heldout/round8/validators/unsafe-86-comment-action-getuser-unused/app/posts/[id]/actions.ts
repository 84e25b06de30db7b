"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/prisma";

export async function addComment(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  const postId = String(formData.get("postId"));
  await prisma.comment.create({
    data: {
      postId,
      authorId: String(formData.get("authorId")),
      body: String(formData.get("body")).slice(0, 2000),
    },
  });
  console.debug("comment added", user?.email);
  revalidatePath(`/posts/${postId}`);
}
