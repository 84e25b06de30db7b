import { supabase } from "./supabase";

export async function fetchMembers() {
  const { data, error } = await supabase.rpc("get_member_emails");
  if (error) throw error;
  return data;
}
