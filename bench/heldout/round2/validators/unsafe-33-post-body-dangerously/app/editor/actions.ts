"use server";

import { createClient } from "@/utils/supabase/server";

export async function savePost(input: { slug: string; title: string; html: string }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");

  const { error } = await supabase.from("posts").upsert(
    { slug: input.slug, title: input.title, content_html: input.html, author_id: user.id, status: "published" },
    { onConflict: "slug" }
  );
  if (error) throw new Error(error.message);
}
