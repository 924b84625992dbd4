// The assessment timer: counts down from the seconds the server computed against its own deadline
// (so a wrong clock on this computer does not matter). The server alone refuses late answers.
(function () {
    var timer = document.querySelector('[data-testid=timer]');
    if (!timer) { return; }
    var shown = timer.querySelector('[data-testid=time-left]');
    var left = parseInt(timer.getAttribute('data-seconds-left'), 10);
    var end = Date.now() + left * 1000;
    function two(n) { return (n < 10 ? '0' : '') + n; }
    function tick() {
        var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
        var hours = Math.floor(seconds / 3600);
        var minutes = Math.floor((seconds % 3600) / 60);
        shown.textContent = (hours > 0 ? hours + ':' + two(minutes) : String(minutes)) + ':' + two(seconds % 60);
        if (seconds === 0) {
            timer.classList.add('expired');
            shown.textContent = timer.getAttribute('data-expired-text');
            return;
        }
        // Announce the last minute once to screen readers, not every second.
        if (seconds === 60) { timer.setAttribute('aria-live', 'polite'); }
        window.setTimeout(tick, 1000 - ((end - Date.now()) % 1000 + 1000) % 1000 || 1000);
    }
    tick();
}());
