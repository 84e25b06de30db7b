create table if not exists public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  status text not null default 'pending',
  total_cents integer not null,
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "Own orders" on public.orders for select using (auth.uid() = user_id);

-- Called from the checkout success page to flip the order status
create or replace function public.set_order_status(p_order_id uuid, p_status text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  update public.orders set status = p_status where id = p_order_id;
end;
$$;

grant execute on function public.set_order_status(uuid, text) to anon;
grant execute on function public.set_order_status(uuid, text) to authenticated;
