CREATE TABLE IF NOT EXISTS "public"."invoices" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "owner_id" uuid NOT NULL,
    "customer_name" text NOT NULL,
    "customer_email" text,
    "amount" numeric(10,2) NOT NULL,
    "paid" boolean DEFAULT false NOT NULL,
    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "invoices_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "auth"."users"("id")
);

ALTER TABLE "public"."invoices" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "owner can do everything" ON "public"."invoices"
    USING ("owner_id" = "auth"."uid"()) WITH CHECK ("owner_id" = "auth"."uid"());
