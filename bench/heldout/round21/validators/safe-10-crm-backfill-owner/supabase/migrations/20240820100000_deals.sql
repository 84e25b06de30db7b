create table public.deals (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  value_cents bigint not null default 0
);

alter table public.deals enable row level security;
