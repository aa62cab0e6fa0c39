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

// htmx leaves a 5xx answer unswapped. A 503 from Jol is a page that says why and offers to try
// again (the indicator dashboard while others' figures are being computed): show it.
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 503) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
