import { createBrowserClient } from "@supabase/ssr";

export function createClient() {
  return createBrowserClient(
    "https://egiqfmwepdybxnpmpoza.supabase.co",
    "sb_publishable_-O9G_qhTXhftgn00QF0TN4_CUFC8X1y"
  );
}
