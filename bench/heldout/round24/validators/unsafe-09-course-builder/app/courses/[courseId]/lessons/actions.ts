"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/db";
import { lessons } from "@/db/schema";

export async function updateLesson(lessonId: string, title: string, body: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  console.log("editing lesson", lessonId, data.user?.email);

  await db.update(lessons).set({ title, body, updatedAt: new Date() }).where(eq(lessons.id, lessonId));
  revalidatePath(`/courses`);
}
