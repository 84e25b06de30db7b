create table public.customer_profiles (
  id uuid primary key references auth.users(id),
  full_name text,
  phone text,
  shipping_address text
);

create table public.orders (
  id bigserial primary key,
  customer_id uuid references public.customer_profiles(id),
  total numeric(10,2),
  status text default 'pending'
);
