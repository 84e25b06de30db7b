import type { User } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";

export function authedAction<A extends unknown[], R>(fn: (user: User, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) throw new Error("Unauthorized");
    return fn(user, ...args);
  };
}
