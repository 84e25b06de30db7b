import { createClient, type SupabaseClient } from "@supabase/supabase-js";

let client: SupabaseClient | null = null;

export const useDb = () => {
  if (!client) {
    const { public: cfg } = useRuntimeConfig();
    client = createClient(cfg.supabaseUrl as string, cfg.supabaseKey as string);
  }
  return client;
};
