"use server";

import { createClient } from "@supabase/supabase-js";
import { revalidatePath } from "next/cache";

const { NEXT_PUBLIC_SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: adminKey } = process.env;

const sb = createClient(url!, adminKey!);

export async function saveGrade(formData: FormData) {
  const studentId = String(formData.get("studentId"));
  const assignmentId = String(formData.get("assignmentId"));
  const grade = Number(formData.get("grade"));

  await sb.from("grades").upsert({ student_id: studentId, assignment_id: assignmentId, grade });
  revalidatePath("/grades");
}
