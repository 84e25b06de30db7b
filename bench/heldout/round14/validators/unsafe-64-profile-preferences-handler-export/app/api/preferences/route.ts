import { db } from "@/db";
import { preferences } from "@/db/schema";
import { eq } from "drizzle-orm";

const handler = async (req: Request) => {
  const body = await req.json();
  const { userId, theme, locale, emailDigest } = body as {
    userId: string;
    theme?: "light" | "dark";
    locale?: string;
    emailDigest?: boolean;
  };

  await db
    .update(preferences)
    .set({ theme, locale, emailDigest })
    .where(eq(preferences.userId, userId));

  return Response.json({ saved: true });
};

export { handler as PUT, handler as PATCH };
