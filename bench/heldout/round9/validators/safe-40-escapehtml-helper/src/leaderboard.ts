import { escapeHtml } from "./lib/escape";

interface Row {
  rank: number;
  player: string;
  club: string;
  rating: number;
}

export function renderLeaderboard(table: HTMLTableSectionElement, rows: Row[]) {
  table.innerHTML = rows
    .map(
      (r) => `<tr>
        <td>${escapeHtml(r.rank)}</td>
        <td>${escapeHtml(r.player)}</td>
        <td>${escapeHtml(r.club)}</td>
        <td class="num">${escapeHtml(r.rating)}</td>
      </tr>`
    )
    .join("");
}
