import "server-only";
import { auth } from "@/auth";

export class UnauthorizedError extends Error {}

export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) {
    throw new UnauthorizedError("You must be signed in");
  }
  return { id: session.user.id, email: session.user.email };
}
