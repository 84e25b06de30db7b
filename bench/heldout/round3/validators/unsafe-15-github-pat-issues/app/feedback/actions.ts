"use server";

import { createFeedbackIssue } from "@/lib/github";

export async function sendFeedback(formData: FormData) {
  const title = String(formData.get("title") ?? "").slice(0, 120);
  const body = String(formData.get("body") ?? "").slice(0, 5000);
  const url = await createFeedbackIssue(title, body);
  return { url };
}
