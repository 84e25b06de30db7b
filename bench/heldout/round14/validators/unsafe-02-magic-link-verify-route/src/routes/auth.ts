import { Router } from "express";
import { createClient } from "@supabase/supabase-js";

const router = Router();
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

router.get("/auth/verify", async (req, res) => {
  const { token_hash, type } = req.query as { token_hash: string; type: "magiclink" };
  const { data, error } = await supabase.auth.verifyOtp({ token_hash, type });
  if (error || !data.session) return res.redirect("/login?error=expired");
  res.redirect(`/dashboard?access_token=${data.session.access_token}&refresh_token=${data.session.refresh_token}`);
});

export default router;
