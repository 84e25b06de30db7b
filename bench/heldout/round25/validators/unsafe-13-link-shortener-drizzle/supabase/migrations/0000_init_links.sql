CREATE TABLE IF NOT EXISTS "links" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "owner_id" uuid NOT NULL,
  "slug" text NOT NULL,
  "target" text NOT NULL,
  "clicks" integer DEFAULT 0 NOT NULL,
  "created_at" timestamp DEFAULT now(),
  CONSTRAINT "links_slug_unique" UNIQUE("slug")
);

CREATE TABLE IF NOT EXISTS "click_events" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "link_id" uuid NOT NULL,
  "ip" text,
  "user_agent" text,
  "at" timestamp DEFAULT now()
);

ALTER TABLE "click_events" ADD CONSTRAINT "click_events_link_id_links_id_fk"
  FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE cascade;
