import { redirect, fail } from "@sveltejs/kit";
import type { Actions } from "./$types";

const DESTINATIONS = {
  billing: "/settings/billing",
  team: "/settings/team",
  board: "/app/board",
  home: "/app",
} as const;

type DestKey = keyof typeof DESTINATIONS;

function destination(key: string | null): string {
  return key && key in DESTINATIONS ? DESTINATIONS[key as DestKey] : DESTINATIONS.home;
}

export const actions: Actions = {
  signin: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const { error } = await supabase.auth.signInWithPassword({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    if (error) return fail(400, { message: "Invalid credentials" });
    redirect(303, destination(url.searchParams.get("then")));
  },
};
