import { createClient } from '@supabase/supabase-js'

export const supabaseAdmin = createClient(
  'https://ljfcpdtsosfgmkzfstgp.supabase.co',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImxqZmNwZHRzb3NmZ21remZzdGdwIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcyMzA3MDg4MSwiZXhwIjoyMDM4NDMwODgxfQ.x4paldBbOPDWrmpLeaAKgY2ptOTrmhMLIiHU0oUXQoB'
)
