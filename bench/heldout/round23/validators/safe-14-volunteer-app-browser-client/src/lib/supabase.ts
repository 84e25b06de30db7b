import { createClient } from '@supabase/supabase-js'
import type { Database } from './database.types'

export const supabase = createClient<Database>(
  'https://ljfcpdtsosfgmkzfstgp.supabase.co',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImxqZmNwZHRzb3NmZ21remZzdGdwIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MjMwNzA4ODEsImV4cCI6MjAzODQzMDg4MX0.S6ndL8syZK-K9jxumv-JlpeXhQRKpcw6WVBIgXPUOtF'
)
