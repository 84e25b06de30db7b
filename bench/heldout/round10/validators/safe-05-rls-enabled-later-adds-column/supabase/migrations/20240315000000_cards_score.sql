-- track spaced-repetition progress per card
alter table public.cards
  add column if not exists ease real not null default 2.5,
  add column if not exists due_at timestamptz not null default now(),
  add column if not exists reviews integer not null default 0;

create index if not exists cards_due_idx on public.cards (user_id, due_at);

comment on column public.cards.ease is 'SM-2 ease factor';
comment on column public.cards.due_at is 'Next time the card should be shown';
comment on column public.cards.reviews is 'How many times the card was answered';

-- the existing "own cards" policy already covers the new columns

alter table public.decks
  add column if not exists description text;
