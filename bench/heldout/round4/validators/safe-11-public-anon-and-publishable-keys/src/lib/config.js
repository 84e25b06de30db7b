// Public client configuration. These values are safe to expose in the browser:
// the anon key only has the permissions RLS grants to `anon`, and the Stripe
// publishable key can only create tokens / redirect to Checkout.
export const SUPABASE_URL = "https://wxxmlmbwohpjzlqbjiib.supabase.co";
export const SUPABASE_ANON_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Ind4eG1sbWJ3b2hwanpscWJqaWliIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTIzNDU2NzgsImV4cCI6MjAyNzkyMTY3OH0.trRKlqGUX7AwgccJwct_E8UfJPM4jEWecYwqxElMybm";

export const STRIPE_PUBLISHABLE_KEY =
  "pk_live_51qfbN4zMlCZozn5blDETaRzgsmlHfiNMLS1kHNcOXj8CEdeOMQAtKSSCunvmdaEeQe8EEaVPsNtpR2OcAiGW9mQQhcVGmcRuPGs";
