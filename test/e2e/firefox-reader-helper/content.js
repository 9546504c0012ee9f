// Gives the test (and only the test browser, where this add-on is installed) the
// sidebar's closed shadow root: `openOrClosedShadowRoot` is Firefox's API for
// extensions. Clicks stay trusted input from WebDriver BiDi.
// Jejak's host is a <jejak-sidebar> or, on a page that uses that tag for an
// element of its own, a <div>: the one whose root holds Jejak's mark
// (entrypoints/article/orphans.ts SIDEBAR_MARK), a child of <body> or <html>.
/* global exportFunction, document, window */
exportFunction(
  () => {
    const candidates = [...(document.body ? document.body.children : []), ...document.documentElement.children];
    for (const host of candidates) {
      const root = host.openOrClosedShadowRoot;
      if (root && root.querySelector('[data-jejak-sidebar]')) return root;
    }
    return null;
  },
  window,
  { defineAs: '__jejakTestShadowRoot' },
);
