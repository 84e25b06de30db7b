import { supabase } from './supabase'

export async function loadDirectory() {
  const { data, error } = await supabase
    .from('member_directory')
    .select('id, full_name, company, avatar_url, email')
    .order('full_name')
  if (error) throw error
  return data
}
