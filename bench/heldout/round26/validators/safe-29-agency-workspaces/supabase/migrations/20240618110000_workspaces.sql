create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users (id)
);

create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'member')),
  primary key (workspace_id, user_id)
);

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  title text not null,
  content jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now()
);

create function public.is_workspace_member(ws uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.workspace_members m
    where m.workspace_id = ws and m.user_id = (select auth.uid())
  );
$$;

revoke execute on function public.is_workspace_member(uuid) from public, anon;
grant execute on function public.is_workspace_member(uuid) to authenticated;

alter table public.workspaces enable row level security;
alter table public.workspace_members enable row level security;
alter table public.documents enable row level security;

create policy "Members see their workspaces"
  on public.workspaces for select to authenticated
  using (public.is_workspace_member(id));

create policy "Members see fellow members"
  on public.workspace_members for select to authenticated
  using (public.is_workspace_member(workspace_id));

create policy "Members read documents"
  on public.documents for select to authenticated
  using (public.is_workspace_member(workspace_id));

create policy "Members write documents"
  on public.documents for insert to authenticated
  with check (public.is_workspace_member(workspace_id));

create policy "Members edit documents"
  on public.documents for update to authenticated
  using (public.is_workspace_member(workspace_id))
  with check (public.is_workspace_member(workspace_id));
