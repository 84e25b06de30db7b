-- Directory page: show members with their email so people can get in touch
create or replace view public.member_directory as
select
  u.id,
  u.email,
  u.raw_user_meta_data->>'full_name' as full_name,
  u.created_at,
  u.last_sign_in_at
from auth.users u
where u.deleted_at is null;

grant select on public.member_directory to anon;
grant select on public.member_directory to authenticated;

create table public.member_links (
  user_id uuid primary key references auth.users (id) on delete cascade,
  website text,
  twitter text
);

alter table public.member_links enable row level security;

create policy "links readable" on public.member_links for select using (true);
create policy "own links" on public.member_links for update using (auth.uid() = user_id);
