export const env = {
  supabaseUrl: process.env.NEXT_PUBLIC_SUPABASE_URL!,
  anonKey: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
  elevatedKey: process.env.NEXT_PUBLIC_SB_SERVICE_KEY!,
};
