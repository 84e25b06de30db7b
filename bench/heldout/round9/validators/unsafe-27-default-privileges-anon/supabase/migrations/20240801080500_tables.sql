create table public.signups (
  id bigint generated always as identity primary key,
  event_id bigint not null,
  full_name text not null,
  email text not null,
  phone text,
  dietary_notes text,
  created_at timestamptz default now()
);

create table public.events (
  id bigint generated always as identity primary key,
  title text not null,
  starts_at timestamptz not null,
  capacity integer not null default 20
);

alter table public.signups add constraint signups_event_fk
  foreign key (event_id) references public.events (id) on delete cascade;
