/* Article pages: count the visit and show the current view count.
   Pages are served from the cache, so the count is kept by a small POST, not by the page itself. */
(function () {
  "use strict";
  var article = document.querySelector("[data-view-url]");
  if (!article || !window.fetch) {
    return;
  }
  fetch(article.getAttribute("data-view-url"), { method: "POST", credentials: "same-origin", keepalive: true })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (data) {
      var output = article.querySelector("[data-view-count]");
      if (data && output && typeof data.views === "number") {
        output.textContent = data.views;
      }
    })
    .catch(function () {});
})();
