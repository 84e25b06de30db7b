import { createClient } from "@supabase/supabase-js";

export const supabase = createClient(
  "https://evmqvjedqnztfewyffxr.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImV2bXF2amVkcW56dGZld3lmZnhyIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDkzNzYzNjIsImV4cCI6MjAyNDczNjM2Mn0.YzD8ucOgu0HaA9prbS7fx8Gk-hyxSWOJ-66tPIthXPc"
);

export async function loadEvents() {
  const { data, error } = await supabase.from("public_events").select("id, title, starts_at").order("starts_at");
  if (error) throw error;
  return data;
}
