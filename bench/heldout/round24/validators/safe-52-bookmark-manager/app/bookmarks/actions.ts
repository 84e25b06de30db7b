"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const Bookmark = z.object({ url: z.string().url(), title: z.string().min(1).max(200) });

export async function addBookmark(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const parsed = Bookmark.safeParse({ url: formData.get("url"), title: formData.get("title") });
  if (!parsed.success) return { error: "Check the link and title" };

  const { error } = await supabase.from("bookmarks").insert({ ...parsed.data, user_id: user.id });
  if (error) return { error: "Could not save" };
  revalidatePath("/bookmarks");
  return { ok: true };
}
