"use server";

import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function testRule(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");

  const rule = String(formData.get("rule"));
  const sample = await db.order.findFirst({ where: { userId: session.user.id } });
  const matches = eval(`(function (order) { return ${rule}; })`)(sample);
  return { matches: Boolean(matches) };
}
