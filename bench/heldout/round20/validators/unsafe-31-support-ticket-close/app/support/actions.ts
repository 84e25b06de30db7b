"use server";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { db } from "@/server/db";

export async function closeTicket(ticketId: string, resolution: string) {
  const session = await auth();
  console.log("closing ticket", ticketId, "by", session?.user?.email ?? "unknown");
  await db
    .updateTable("tickets")
    .set({ status: "closed", resolution, closed_at: new Date() })
    .where("id", "=", ticketId)
    .execute();
  revalidatePath("/support");
}
