// The published story's own script (a string put in the page): one step at a
// time, keyboard (arrows, Page Up/Down, Home/End, space, Escape), swipe, a
// progress bar, a permalink per step (#step-<id>), and the replay moving the
// as-of date over the figure. No library, no network; without it (print, no
// script) every step is simply shown in order.
export const STORY_SCRIPT = `
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var steps = [].slice.call(document.querySelectorAll('section.step'));
  var bar = document.getElementById('progress');
  var count = document.getElementById('count');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var link = document.getElementById('permalink');
  var i = -1, timer = null;
  function replayOf(s) { var r = s.querySelector('.replay'); return r && JSON.parse(r.getAttribute('data-replay')); }
  function setDate(s, date) {
    s.querySelectorAll('[data-enters]').forEach(function (el) {
      el.classList.toggle('later', el.getAttribute('data-enters') > date);
    });
    var out = s.querySelector('.replay output');
    if (out) out.textContent = date;
  }
  function stop(s, atEnd) {
    if (timer) clearTimeout(timer);
    timer = null;
    var r = s && replayOf(s);
    if (!r) return;
    var b = s.querySelector('.replay button'); b.textContent = 'Play the replay'; b.setAttribute('aria-pressed', 'false');
    if (atEnd) setDate(s, r.to);
  }
  function play(s) {
    var r = replayOf(s); if (!r) return;
    var b = s.querySelector('.replay button'); b.textContent = 'Pause'; b.setAttribute('aria-pressed', 'true');
    var k = 0;
    (function tick() {
      var f = r.frames[k]; if (!f) { stop(s); s.classList.add('replayed'); return; }
      setDate(s, f.date); k++;
      var n = r.frames[k];
      timer = setTimeout(tick, n ? n.at - f.at : 0);
    })();
  }
  function show(n) {
    n = Math.max(0, Math.min(steps.length - 1, n));
    if (n === i) return;
    stop(steps[i], true);
    i = n;
    steps.forEach(function (s, k) { s.classList.toggle('current', k === i); s.setAttribute('aria-hidden', k === i ? 'false' : 'true'); });
    var s = steps[i], r = replayOf(s);
    if (r) setDate(s, r.from);
    bar.value = i + 1; bar.setAttribute('aria-valuetext', 'Step ' + (i + 1) + ' of ' + steps.length);
    count.textContent = 'Step ' + (i + 1) + ' of ' + steps.length;
    prev.disabled = i === 0; next.disabled = i === steps.length - 1;
    var hash = '#step-' + s.getAttribute('data-step');
    link.setAttribute('href', hash);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    document.title = s.querySelector('h2').textContent + ' — ' + root.getAttribute('data-title');
  }
  function fromHash() {
    var m = /^#step-(.+)$/.exec(location.hash);
    var k = m ? steps.findIndex(function (s) { return s.getAttribute('data-step') === decodeURIComponent(m[1]); }) : -1;
    show(k < 0 ? 0 : k);
  }
  prev.addEventListener('click', function () { show(i - 1); });
  next.addEventListener('click', function () { show(i + 1); });
  steps.forEach(function (s) {
    var b = s.querySelector('.replay button');
    if (b) b.addEventListener('click', function () { timer ? stop(s) : play(s); });
  });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target && e.target.tagName;
    if (e.key === ' ' && (t === 'BUTTON' || t === 'A')) return;
    var s = steps[i];
    if (e.key === 'ArrowRight' || e.key === 'PageDown') show(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') show(i - 1);
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(steps.length - 1);
    else if (e.key === ' ') { if (replayOf(s) && !s.classList.contains('replayed')) { timer ? stop(s) : play(s); } else show(i + 1); }
    else if (e.key === 'Escape') stop(s, true);
    else return;
    e.preventDefault();
  });
  var x0 = null;
  document.addEventListener('touchstart', function (e) { x0 = e.touches[0].clientX; }, { passive: true });
  document.addEventListener('touchend', function (e) {
    if (x0 === null) return;
    var dx = e.changedTouches[0].clientX - x0; x0 = null;
    if (Math.abs(dx) > 60) show(i + (dx < 0 ? 1 : -1));
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
`;
