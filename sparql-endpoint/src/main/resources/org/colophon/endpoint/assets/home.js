// The home page's SPARQL box (served as /assets/home.js: pages carry no inline script).
const box=document.getElementById('q'),out=document.getElementById('results'),st=document.getElementById('status');
document.querySelectorAll('button.example').forEach(b=>b.addEventListener('click',()=>{box.value=b.dataset.q;}));
function esc(s){return s.replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));}
function cell(v){if(!v)return'';if(v.type==='uri'){const base=out.dataset.base;
  const href=v.value.startsWith(base)?'/'+v.value.substring(base.length):v.value;
  // only schemes that cannot run script become links; javascript: and data: IRIs stay text
  if(!/^(\/|https?:|mailto:|urn:|doi:|hdl:)/i.test(href))return esc(v.value);
  return '<a href="'+esc(href)+'">'+esc(v.value)+'</a>';}
  return '<span'+(v['xml:lang']?' lang="'+esc(v['xml:lang'])+'"':'')+'>'+esc(v.value)+'</span>'
  +(v['xml:lang']?'<span class="tag">'+esc(v['xml:lang'])+'</span>':'');}
async function run(){
  st.textContent='Running…';out.innerHTML='';const t0=performance.now();
  const r=await fetch('/sparql',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded',
    'Accept':'application/sparql-results+json'},body:new URLSearchParams({query:box.value})});
  if(!r.ok){st.textContent='Error '+r.status+': '+await r.text();return;}
  const j=await r.json();const ms=Math.round(performance.now()-t0);
  if(j.boolean!==undefined){st.textContent='Answer: '+j.boolean;return;}
  const vars=j.head.vars,rows=j.results.bindings;
  st.textContent=rows.length+' rows in '+ms+' ms'+(r.headers.get('Colophon-Result-Limit')?' (cut at the result limit)':'');
  out.innerHTML='<table class="results"><tr>'+vars.map(v=>'<th>'+esc(v)+'</th>').join('')+'</tr>'
    +rows.map(b=>'<tr>'+vars.map(v=>'<td>'+cell(b[v])+'</td>').join('')+'</tr>').join('')+'</table>';}
document.getElementById('run').addEventListener('click',run);
const ex=new URLSearchParams(location.hash.substring(1)).get('example');
if(ex!==null){const b=document.querySelectorAll('button.example')[+ex];if(b){box.value=b.dataset.q;run();}}

