CREATE TABLE IF NOT EXISTS "public"."subscriptions" (
    "id" text PRIMARY KEY,
    "user_id" uuid NOT NULL REFERENCES auth.users(id),
    "status" text NOT NULL,
    "price_id" text,
    "quantity" integer,
    "cancel_at_period_end" boolean DEFAULT false,
    "current_period_end" timestamptz,
    "created" timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE "public"."subscriptions" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Can only view own subs data." ON "public"."subscriptions"
    FOR SELECT USING (auth.uid() = user_id);
