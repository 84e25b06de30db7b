const {
  NEXT_PUBLIC_SUPABASE_URL: supabaseUrl,
  SUPABASE_SERVICE_ROLE_KEY: adminKey,
} = process.env;

export const env = {
  supabaseUrl: supabaseUrl!,
  adminKey: adminKey!,
};
