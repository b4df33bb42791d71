/// The page `GET /` serves to browsers: self-contained (no external assets), it reads the
/// JSON API like any other client.
enum Dashboard {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley</title>
<style>
 body{font:14px/1.45 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
 header{background:#1d2330;color:#fff;padding:12px 20px}
 header h1{margin:0;font-size:20px} header p{margin:2px 0 0;opacity:.75}
 main{padding:16px 20px;display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(380px,1fr))}
 section{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 3px #0002}
 h2{font-size:15px;margin:0 0 8px} table{border-collapse:collapse;width:100%}
 td,th{padding:3px 6px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
 .support{background:#d8f0d8}.oppose{background:#f6d4d4}.conditional{background:#fde7c8}.neutral{background:#eee}
 .counts span{display:inline-block;margin:0 14px 6px 0} .counts b{font-size:20px;display:block}
 input{width:70%;padding:6px} mark{background:#ffe27a} .hit{margin:6px 0} .muted{color:#777}
 a{color:#2857b8} #matrix{max-height:560px;overflow:auto}
</style>
</head>
<body>
<header><h1>Parley</h1><p>Who said what about which proposal: peacekeeping and reassurance forces for Ukraine.</p></header>
<main>
 <section><h2>Index</h2><div id="counts" class="counts">loading…</div><div id="kinds"></div></section>
 <section><h2>Search</h2><form id="f"><input id="q" placeholder="e.g. troops ceasefire" autocomplete="off"> <button>Search</button></form><div id="hits"></div></section>
 <section style="grid-column:1/-1"><h2>Stances: actor × proposal</h2><div id="matrix">loading…</div></section>
 <section><h2>Top speakers</h2><table id="speakers"></table></section>
 <section><h2>API</h2><div id="links"></div></section>
</main>
<script>
const esc = s => String(s ?? "").replace(/[&<>"]/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\"":"&quot;"}[c]));
const get = u => fetch(u, {headers: {Accept: "application/json"}}).then(r => r.json());
get("/v1/stats").then(s => {
  document.getElementById("counts").innerHTML = Object.entries(s.counts).map(([k, v]) => `<span><b>${v}</b>${esc(k)}</span>`).join("");
  document.getElementById("kinds").innerHTML = "claims by stance: " + s.facets.claims_by_stance.map(f => `${esc(f.value)} ${f.count}`).join(", ");
  document.getElementById("speakers").innerHTML = s.top_speakers.slice(0, 12).map(a => `<tr><td><a href="/v1/actors/${encodeURIComponent(a.id)}">${esc(a.name)}</a></td><td>${a.claim_count}</td></tr>`).join("");
});
get("/v1/stances?limit=1000").then(m => {
  if (!m.data.length) { document.getElementById("matrix").textContent = "no stances yet"; return; }
  const cell = {}; m.data.forEach(c => cell[c.actor_id + "|" + c.proposal_id] = c);
  let h = "<table><tr><th></th>" + m.proposals.map(p => `<th>${esc(p.name)}</th>`).join("") + "</tr>";
  m.actors.forEach(a => {
    h += `<tr><td><a href="/v1/actors/${encodeURIComponent(a.id)}">${esc(a.name || a.id)}</a></td>` + m.proposals.map(p => {
      const c = cell[a.id + "|" + p.id];
      return c ? `<td class="${c.stance}" title="${c.claim_count} claims, ${esc(c.first_seen)} – ${esc(c.last_seen)}">${c.stance}${c.changes.length ? " ↻" : ""}</td>` : "<td></td>";
    }).join("") + "</tr>";
  });
  document.getElementById("matrix").innerHTML = h + "</table>";
});
get("/").then(r => document.getElementById("links").innerHTML = Object.entries(r.links).map(([k, v]) => `<div>${v.includes("{") ? esc(v) : `<a href="${esc(v)}">${esc(v)}</a>`} <span class="muted">${esc(k)}</span></div>`).join(""));
document.getElementById("f").onsubmit = e => {
  e.preventDefault();
  const q = document.getElementById("q").value.trim(); if (!q) return;
  get("/v1/search?limit=15&q=" + encodeURIComponent(q)).then(r => {
    const safe = s => esc(s).replace(/&lt;mark&gt;/g, "<mark>").replace(/&lt;\/mark&gt;/g, "</mark>");
    document.getElementById("hits").innerHTML = r.data ? `<p class="muted">${r.total} hits</p>` + r.data.map(h => `<div class="hit"><b>${esc(h.type)}</b> <a href="${esc(h.url)}">${esc(h.title)}</a><br>${safe(h.snippet)}</div>`).join("") : esc(r.detail);
  });
};
</script>
</body>
</html>
"""#
}
