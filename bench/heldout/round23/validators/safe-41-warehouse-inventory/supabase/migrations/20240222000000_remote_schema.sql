SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE IF NOT EXISTS "public"."warehouses" (
    "id" "uuid" DEFAULT "gen_random_uuid"() NOT NULL,
    "owner_id" "uuid" DEFAULT "auth"."uid"() NOT NULL,
    "name" "text" NOT NULL
);

CREATE TABLE IF NOT EXISTS "public"."stock_items" (
    "id" "uuid" DEFAULT "gen_random_uuid"() NOT NULL,
    "warehouse_id" "uuid" NOT NULL,
    "owner_id" "uuid" DEFAULT "auth"."uid"() NOT NULL,
    "sku" "text" NOT NULL,
    "quantity" integer DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY "public"."warehouses"
    ADD CONSTRAINT "warehouses_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."stock_items"
    ADD CONSTRAINT "stock_items_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."stock_items"
    ADD CONSTRAINT "stock_items_warehouse_id_fkey" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE CASCADE;

CREATE POLICY "Owners manage warehouses" ON "public"."warehouses"
    USING (("auth"."uid"() = "owner_id")) WITH CHECK (("auth"."uid"() = "owner_id"));

CREATE POLICY "Owners manage stock" ON "public"."stock_items"
    USING (("auth"."uid"() = "owner_id")) WITH CHECK (("auth"."uid"() = "owner_id"));

ALTER TABLE ONLY "public"."warehouses" ENABLE ROW LEVEL SECURITY;
ALTER TABLE ONLY "public"."warehouses" FORCE ROW LEVEL SECURITY;
ALTER TABLE ONLY "public"."stock_items" ENABLE ROW LEVEL SECURITY;
ALTER TABLE ONLY "public"."stock_items" FORCE ROW LEVEL SECURITY;
