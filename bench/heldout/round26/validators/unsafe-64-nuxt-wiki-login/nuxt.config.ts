export default defineNuxtConfig({
  modules: ["@nuxtjs/supabase", "@nuxtjs/tailwindcss"],
  supabase: { redirect: false },
  compatibilityDate: "2024-07-01",
});
