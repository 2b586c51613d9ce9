// Type-ahead for every <input data-suggest>: titles, names and subjects from /suggest as the reader types.
// Loaded as a file (no inline script), and only an aid: the search form works without it.
(function () {
  'use strict';
  function link(s) {
    if (s.kind === 'name') return '/search?filter=' + encodeURIComponent('contributor:' + s.value);
    if (s.kind === 'subject') return '/search?filter=' + encodeURIComponent('subject:' + s.value);
    return '/search?q=' + encodeURIComponent(s.value);
  }
  function attach(input, n) {
    var list = document.createElement('ul');
    list.className = 'suggestions';
    list.id = 'suggestions-' + n;
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.parentNode.appendChild(list);
    var timer = null, asked = 0, active = -1;
    function hide() {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
    }
    function show(items) {
      list.textContent = '';
      active = -1;
      items.forEach(function (s) {
        var li = document.createElement('li');
        li.className = 'suggestion';
        li.setAttribute('role', 'option');
        li.dataset.kind = s.kind;
        var a = document.createElement('a');
        a.href = link(s);
        var v = document.createElement('span');
        v.className = 'value';
        v.dir = 'auto';
        v.textContent = s.value;
        var k = document.createElement('span');
        k.className = 'kind';
        k.textContent = s.kind + ' · ' + s.count;
        a.appendChild(v);
        a.appendChild(k);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }
    function ask() {
      var q = input.value.trim();
      var mine = ++asked;
      if (!q) { hide(); return; }
      fetch('/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (j) { if (mine === asked) show(j.suggestions || []); })
        .catch(hide);
    }
    function move(by) {
      var items = list.querySelectorAll('li');
      if (!items.length) return;
      if (active >= 0) items[active].classList.remove('active');
      active = (active + by + items.length) % items.length;
      items[active].classList.add('active');
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') { move(1); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { move(-1); e.preventDefault(); }
      else if (e.key === 'Escape') { hide(); }
      else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        location.href = list.querySelectorAll('li a')[active].href;
      }
    });
    input.addEventListener('blur', function () { setTimeout(hide, 200); });
  }
  function start() {
    var inputs = document.querySelectorAll('input[data-suggest]');
    for (var i = 0; i < inputs.length; i++) attach(inputs[i], i);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
