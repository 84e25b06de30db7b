create table public.payment_methods (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers(id) on delete cascade,
  brand text not null,
  last4 char(4) not null,
  exp_month smallint not null,
  exp_year smallint not null,
  billing_name text,
  billing_address jsonb,
  is_default boolean not null default false,
  created_at timestamptz not null default now()
);

create index payment_methods_customer_idx on public.payment_methods (customer_id);
