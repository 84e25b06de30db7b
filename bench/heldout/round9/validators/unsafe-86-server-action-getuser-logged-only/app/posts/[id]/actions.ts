"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/lib/db";
import { posts, auditLog } from "@/lib/db/schema";
import { eq } from "drizzle-orm";

export async function publishPost(postId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const actor = user?.email ?? "anonymous";

  await db
    .update(posts)
    .set({ published: true, publishedAt: new Date() })
    .where(eq(posts.id, postId));

  await db.insert(auditLog).values({
    action: "post.publish",
    actor,
    target: postId,
  });

  revalidatePath("/");
  revalidatePath(`/posts/${postId}`);
}
