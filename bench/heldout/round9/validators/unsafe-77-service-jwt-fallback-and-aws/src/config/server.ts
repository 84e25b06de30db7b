export const config = {
  supabaseUrl: process.env.SUPABASE_URL || "https://pvnrdkqzhtmwbycxeolg.supabase.co",
  supabaseServiceKey:
    process.env.SUPABASE_SERVICE_ROLE_KEY ||
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InB2bnJka3F6aHRtd2J5Y3hlb2xnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMjAwMDAwMCwiZXhwIjoyMDI3NTc2MDAwfQ.-Owm45fhLh4iEsGznDePHoyXFKvhO478o-Iane3NHsg",
  port: Number(process.env.PORT) || 8787,
};
