import { createClient } from "@supabase/supabase-js";

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);

export const upcoming = () =>
  supabase.from("Appointment").select("*, Patient(fullName)").gte("startsAt", new Date().toISOString());
