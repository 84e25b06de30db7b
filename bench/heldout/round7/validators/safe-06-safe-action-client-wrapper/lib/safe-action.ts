import { createSafeActionClient } from "next-safe-action";
import { auth } from "@clerk/nextjs/server";

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    console.error("action error", e.message);
    return "Something went wrong";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const { userId } = await auth();
  if (!userId) {
    throw new Error("Unauthorized");
  }
  return next({ ctx: { userId } });
});
