create table public.shifts (
  id bigint generated always as identity primary key,
  starts_at timestamptz not null,
  spots integer not null default 5
);

create table public.volunteers (
  id bigint generated always as identity primary key,
  shift_id bigint not null references public.shifts (id) on delete cascade,
  full_name text not null,
  phone text not null,
  email text not null
);

grant select, insert, update, delete on all tables in schema public to anon;
grant usage, select on all sequences in schema public to anon;
