import { createCookieSessionStorage, redirect } from "react-router";

const storage = createCookieSessionStorage({
  cookie: { name: "__session", httpOnly: true, sameSite: "lax", secrets: [process.env.SESSION_SECRET!], secure: true },
});

export async function requireUserId(request: Request) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  const userId = session.get("userId");
  if (!userId) throw redirect("/login");
  return userId as string;
}
