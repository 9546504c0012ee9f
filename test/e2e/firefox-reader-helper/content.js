// Gives the test (and only the test browser, where this add-on is installed) the
// sidebar's closed shadow root: `openOrClosedShadowRoot` is Firefox's API for
// extensions. Clicks stay trusted input from WebDriver BiDi.
/* global exportFunction, document, window */
exportFunction(
  () => {
    const host = document.querySelector('jejak-sidebar');
    return host ? host.openOrClosedShadowRoot : null;
  },
  window,
  { defineAs: '__jejakTestShadowRoot' },
);
