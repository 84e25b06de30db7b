"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function addComment(postId: string, slug: string, bodyHtml: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in to comment");

  // bodyHtml comes from the TipTap editor (editor.getHTML())
  await supabase.from("comments").insert({ post_id: postId, author_id: user.id, body_html: bodyHtml });
  revalidatePath(`/posts/${slug}`);
}
