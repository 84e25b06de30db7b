export const config = {
  supabaseUrl: "https://kpsxzsyqkuzipiybczls.supabase.co",
  supabaseAnonKey:
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imtwc3h6c3lxa3V6aXBpeWJjemxzIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTgwMDAwMDAsImV4cCI6MjAzMzU3NjAwMH0.CvsMP4ziYIaAvHbQvGc45nLeZDQQl5khdiofKK89wXb",
  stripePublishableKey: "pk_live_51NypfttUmOgJtuGRPtayTZNaEDcV5ngB5pb6SR6ZiPllFv2eeqCTxcBDE0qcCVxYuO5VRnN7Uyt1yDFoHNeKddWkYe4XhsmpKU",
  currency: "eur",
};
