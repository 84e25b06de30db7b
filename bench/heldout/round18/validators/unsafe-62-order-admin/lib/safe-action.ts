import { createSafeActionClient } from "next-safe-action";
import { getSession } from "@/lib/session";

export const actionClient = createSafeActionClient();

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await getSession();
  if (!session) throw new Error("Not signed in");
  return next({ ctx: { userId: session.userId } });
});
