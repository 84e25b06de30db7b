create table public.org_members (
  org_id uuid not null,
  user_id uuid not null references auth.users (id),
  role text not null default 'member',
  primary key (org_id, user_id)
);
alter table public.org_members enable row level security;
create policy "see own memberships" on public.org_members for select using (user_id = auth.uid());

create or replace function public.is_org_member(p_org uuid)
returns boolean
language sql
security definer
set search_path = ''
stable
as $$
  select exists (
    select 1 from public.org_members m where m.org_id = p_org and m.user_id = auth.uid()
  );
$$;

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  created_by uuid not null default auth.uid(),
  title text not null,
  content text
);
alter table public.documents enable row level security;
create policy "members read" on public.documents for select using (public.is_org_member(org_id));
create policy "members write" on public.documents for insert
  with check (public.is_org_member(org_id) and created_by = auth.uid());
