import { supabase } from './supabase'

export async function listNotes() {
  const { data, error } = await supabase
    .from('notes')
    .select('id, title, body, pinned, updated_at')
    .order('pinned', { ascending: false })
    .order('updated_at', { ascending: false })
  if (error) throw error
  return data
}
