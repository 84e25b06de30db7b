"use server";

import { cookies } from "next/headers";

const THEMES = ["light", "dark", "system"] as const;
type Theme = (typeof THEMES)[number];

export async function setTheme(theme: Theme) {
  const value: Theme = THEMES.includes(theme) ? theme : "system";
  const store = await cookies();
  store.set("theme", value, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    secure: true,
    httpOnly: false,
  });
}
