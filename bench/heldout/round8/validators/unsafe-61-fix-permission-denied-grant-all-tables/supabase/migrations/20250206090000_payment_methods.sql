create table public.payment_methods (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  brand text not null,
  last4 char(4) not null,
  billing_address jsonb
);
