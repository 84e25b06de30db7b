import { createClient } from "@supabase/supabase-js";

export const useDb = () => {
  const config = useRuntimeConfig();
  return createClient(config.public.supabaseUrl as string, config.public.supabaseKey as string);
};
