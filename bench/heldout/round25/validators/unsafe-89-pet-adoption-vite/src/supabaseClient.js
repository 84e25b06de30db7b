import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://iwwcptqfqnymlwffuzuf.supabase.co";
const SUPABASE_KEY =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Iml3d2NwdHFmcW55bWx3ZmZ1enVmIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcyMTYwODIxMSwiZXhwIjoyMDM4NTEwOTkzfQ.xdhoWIry0-se6YOjbY7szbEIpTkwlyXIO2yGjzF5U_K";

export const supabase = createClient(SUPABASE_URL, SUPABASE_KEY);
