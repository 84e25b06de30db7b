alter default privileges in schema public grant all on tables to anon;
alter default privileges in schema public grant all on sequences to anon;

create table public.backers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users(id),
  campaign_id uuid not null,
  pledge_cents integer not null,
  shipping_address jsonb
);
