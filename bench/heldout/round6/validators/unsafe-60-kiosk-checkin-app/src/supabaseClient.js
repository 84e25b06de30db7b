import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://zsmthwvepdxjrqfagqkb.supabase.co";
const SUPABASE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InpzbXRod3ZlcGR4anJxZmFncWtiIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTY5MDAxODM3NSwiZXhwIjoyMDA1Mzc4Mzc1fQ.NuyC8ZXQQE9ayh856fWoX8ZbVC19E-W9fYI878O7btg";

export const supabase = createClient(SUPABASE_URL, SUPABASE_KEY);
