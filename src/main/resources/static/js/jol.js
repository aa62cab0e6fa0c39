// After htmx swaps a page's <main> (a save on the case card), htmx gives the focus back to the
// element of the same id. When that element is gone (an action marked done takes its form
// with it), the focus would fall to the top of the page: it goes to the "Saved." notice instead,
// which stands where the form was.
document.addEventListener('htmx:afterSettle', function () {
  var active = document.activeElement;
  if (active && active !== document.body && document.body.contains(active)) {
    return;
  }
  var notice = document.querySelector('main [data-saved-notice]');
  if (notice) {
    notice.focus();
  }
});
