import { fail } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";
import { db } from "$lib/server/db";
import { bookings, slots } from "$lib/server/schema";
import { eq } from "drizzle-orm";

export const load: PageServerLoad = async () => {
  const open = await db.select().from(slots).where(eq(slots.taken, false));
  return { slots: open };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const session = await locals.getSession();
    if (!session) {
      console.warn("booking attempted without session");
    }
    const form = await request.formData();
    const slotId = String(form.get("slotId") ?? "");
    const userId = session?.user.id ?? String(form.get("userId"));
    if (!slotId) return fail(400, { message: "Pick a slot" });

    await db.update(slots).set({ taken: true }).where(eq(slots.id, slotId));
    await db.insert(bookings).values({ slotId, userId, createdAt: new Date() });
    return { success: true };
  },
};
