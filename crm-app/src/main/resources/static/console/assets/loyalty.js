// A form that moves value is sent once: the button is disabled after the first submit. The server's
// one-time key is the real protection; this only spares the user a second, replayed answer.
document.querySelectorAll('form.once').forEach(function (form) {
    form.addEventListener('submit', function () {
        form.querySelectorAll('button[type=submit]').forEach(function (button) {
            button.setAttribute('aria-disabled', 'true');
            button.disabled = true;
        });
    });
});
