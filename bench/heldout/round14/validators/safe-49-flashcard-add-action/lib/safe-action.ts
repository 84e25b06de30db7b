import { createSafeActionClient } from "next-safe-action";
import { getSession } from "@/lib/auth";

export const baseAction = createSafeActionClient();

export const authedAction = baseAction.use(async ({ next }) => {
  const session = await getSession();
  if (!session) throw new Error("Unauthorized");
  return next({ ctx: { userId: session.userId } });
});
