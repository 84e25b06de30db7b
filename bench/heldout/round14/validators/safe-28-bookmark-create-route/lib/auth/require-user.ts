import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function requireUser() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) {
    throw new HttpError(401, "Sign in required");
  }
  return session.user as { id: string; email?: string | null };
}
