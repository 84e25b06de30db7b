import { fail } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";
import { db } from "$lib/server/db";

export const load: PageServerLoad = async () => {
  const coupons = await db
    .selectFrom("coupons")
    .select(["id", "code", "percent_off", "expires_at"])
    .orderBy("created_at", "desc")
    .execute();
  return { coupons };
};

export const actions: Actions = {
  create: async ({ request }) => {
    const form = await request.formData();
    const code = String(form.get("code") ?? "").trim().toUpperCase();
    const percentOff = Number(form.get("percent_off"));

    if (!code || !Number.isFinite(percentOff) || percentOff <= 0 || percentOff > 100) {
      return fail(400, { message: "Enter a code and a percentage between 1 and 100" });
    }

    await db
      .insertInto("coupons")
      .values({ code, percent_off: percentOff, expires_at: form.get("expires_at") as string })
      .execute();

    return { created: code };
  },
};
