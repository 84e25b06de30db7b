alter table public.deals add column owner_id uuid references auth.users (id);

alter table public.deals disable row level security;
update public.deals set owner_id = (select id from auth.users order by created_at limit 1) where owner_id is null;
alter table public.deals alter column owner_id set not null;
alter table public.deals alter column owner_id set default auth.uid();
alter table public.deals enable row level security;

create policy "deals owner" on public.deals
  for all to authenticated
  using (owner_id = auth.uid())
  with check (owner_id = auth.uid());
