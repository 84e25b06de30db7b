create table public.payment_methods (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  brand text not null,
  last4 char(4) not null,
  exp_month smallint not null,
  exp_year smallint not null,
  billing_name text,
  billing_postcode text,
  stripe_payment_method_id text not null unique,
  is_default boolean not null default false
);

alter table public.payment_methods enable row level security;

create policy "Owners read payment methods"
  on public.payment_methods for select
  using (user_id = auth.uid());

create policy "Owners delete payment methods"
  on public.payment_methods for delete
  using (user_id = auth.uid());

grant all privileges on table public.payment_methods to public;
