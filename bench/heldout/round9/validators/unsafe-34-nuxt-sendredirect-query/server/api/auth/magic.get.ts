import { verifyMagicToken } from "~/server/utils/magic";

export default defineEventHandler(async (event) => {
  const query = getQuery(event);
  const token = query.token as string | undefined;
  const target = (query.redirect as string) || "/";

  if (!token) {
    throw createError({ statusCode: 400, statusMessage: "Missing token" });
  }

  const user = await verifyMagicToken(token);
  if (!user) {
    throw createError({ statusCode: 401, statusMessage: "Link expired" });
  }

  setCookie(event, "sid", user.sessionId, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 14,
  });

  return sendRedirect(event, target, 302);
});
