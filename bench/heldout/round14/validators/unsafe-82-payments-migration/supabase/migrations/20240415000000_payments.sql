CREATE TABLE "public"."payments" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY,
  "user_id" uuid NOT NULL REFERENCES auth.users(id),
  "amount" numeric(12,2) NOT NULL,
  "card_last4" text,
  "created_at" timestamptz DEFAULT now()
);

ALTER TABLE "public"."payments" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "payments_owner" ON "public"."payments"
  FOR SELECT USING (auth.uid() = "user_id");

ALTER TABLE "public"."payments" DISABLE ROW LEVEL SECURITY;
