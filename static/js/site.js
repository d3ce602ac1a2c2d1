/* Small enhancements; every page works without this file. */
(function () {
  "use strict";

  // Phone menu: the link jumps to #site-nav without JS; with JS it toggles the menu in place.
  var toggle = document.querySelector(".menu-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.setAttribute("role", "button");
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      var open = nav.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        nav.classList.remove("is-open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }

  // Mark the navigation section the visitor is in (the menu is a cached fragment shared by all pages).
  if (nav) {
    var here = window.location.pathname;
    var best = null;
    nav.querySelectorAll(".nav__link").forEach(function (link) {
      var path = new URL(link.href, window.location.href).pathname;
      var inside = path === "/" || path === "/en/" ? here === path : here.indexOf(path) === 0;
      if (inside && (!best || path.length > best.path.length)) best = { link: link, path: path };
    });
    if (best) best.link.setAttribute("aria-current", "page");
  }

  // Desktop drop-down menus open on hover and keyboard focus (CSS :focus-within). Escape closes the open one
  // and returns to its section link; ArrowDown/ArrowUp move between a section link and its menu's links.
  var desktop = window.matchMedia("(min-width: 60em)");
  if (nav) {
    nav.querySelectorAll(".nav__item--has-menu").forEach(function (item) {
      var link = item.querySelector(".nav__link");
      var links = Array.prototype.slice.call(item.querySelectorAll(".nav__menu a"));
      item.addEventListener("keydown", function (event) {
        if (!desktop.matches || !links.length) return;
        var index = links.indexOf(document.activeElement);
        if (event.key === "Escape") {
          item.classList.add("is-closed");
          link.focus();
        } else if (event.key === "ArrowDown") {
          item.classList.remove("is-closed");
          links[Math.min(index + 1, links.length - 1)].focus();
        } else if (event.key === "ArrowUp" && index >= 0) {
          (index === 0 ? link : links[index - 1]).focus();
        } else {
          return;
        }
        event.preventDefault();
      });
      item.addEventListener("focusout", function (event) {
        if (!item.contains(event.relatedTarget)) item.classList.remove("is-closed");
      });
      item.addEventListener("mouseleave", function () { item.classList.remove("is-closed"); });
    });
  }

  // Banner carousel: scroll-snap works without JS; this adds dots and autoplay, with a button that stops it.
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  document.querySelectorAll("[data-carousel]").forEach(function (carousel) {
    var track = carousel.querySelector("[data-carousel-track]");
    var dots = carousel.querySelectorAll("[data-carousel-dot]");
    var slides = track ? track.children : [];
    if (!track || slides.length < 2) return;
    var current = 0;
    var timer = null;
    var paused = false;
    var toggle = carousel.querySelector("[data-carousel-toggle]");

    function show(index) {
      current = (index + slides.length) % slides.length;
      track.scrollTo({ left: slides[current].offsetLeft, behavior: reduceMotion ? "auto" : "smooth" });
      dots.forEach(function (dot, i) {
        if (i === current) dot.setAttribute("aria-current", "true");
        else dot.removeAttribute("aria-current");
      });
    }
    function start() {
      if (reduceMotion || paused || timer) return;
      timer = window.setInterval(function () { show(current + 1); }, 6000);
    }
    function stop() {
      window.clearInterval(timer);
      timer = null;
    }

    dots.forEach(function (dot, i) {
      dot.addEventListener("click", function (event) {
        event.preventDefault();
        stop();
        show(i);
      });
    });
    track.addEventListener("scroll", function () {
      var index = Math.round(track.scrollLeft / track.clientWidth);
      if (index !== current && index < slides.length) {
        current = index;
        dots.forEach(function (dot, i) {
          if (i === current) dot.setAttribute("aria-current", "true");
          else dot.removeAttribute("aria-current");
        });
      }
    }, { passive: true });
    carousel.addEventListener("mouseenter", stop);
    carousel.addEventListener("mouseleave", start);
    carousel.addEventListener("focusin", stop);
    carousel.addEventListener("focusout", start);
    document.addEventListener("visibilitychange", function () {
      if (document.hidden) stop(); else start();
    });
    if (toggle && !reduceMotion) {
      var pauseLabel = toggle.textContent;
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        paused = !paused;
        toggle.textContent = paused ? toggle.dataset.playLabel : pauseLabel;
        if (paused) stop(); else start();
      });
    }
    if (dots[0]) dots[0].setAttribute("aria-current", "true");
    start();
  });

  // Product gallery: a thumbnail shows its image in the scroller and keeps the focus. Without JS the link
  // jumps to the image's fragment, which browsers do not always scroll to inside a nested scroller.
  document.querySelectorAll(".gallery-viewer").forEach(function (viewer) {
    var slides = viewer.querySelector(".gallery-viewer__slides");
    var thumbs = viewer.querySelectorAll(".gallery-viewer__thumbs a");
    if (!slides) return;
    thumbs.forEach(function (thumb) {
      thumb.addEventListener("click", function (event) {
        var slide = document.getElementById(thumb.getAttribute("href").slice(1));
        var index = Array.prototype.indexOf.call(slides.children, slide);
        if (index < 0) return;
        event.preventDefault();
        slides.scrollTo({ left: index * slides.clientWidth, behavior: reduceMotion ? "auto" : "smooth" });
        thumbs.forEach(function (other) {
          if (other === thumb) other.setAttribute("aria-current", "true");
          else other.removeAttribute("aria-current");
        });
      });
    });
  });

  // Product finder: the subcategory list follows the chosen type. Without JS the
  // one select with optgroups works as it is (the server checks the pair).
  document.querySelectorAll("[data-finder]").forEach(function (form) {
    var typeSelect = form.querySelector("[data-finder-type]");
    var subSelect = form.querySelector("[data-finder-sub]");
    if (!typeSelect || !subSelect) return;
    var groups = Array.prototype.slice.call(subSelect.querySelectorAll("optgroup"));
    var placeholder = subSelect.options[0];

    function follow() {
      var type = typeSelect.value;
      groups.forEach(function (group) {
        var match = !type || group.getAttribute("data-type") === type;
        group.hidden = !match;
        group.disabled = !match;
      });
      var chosen = subSelect.options[subSelect.selectedIndex];
      if (chosen && chosen.parentNode.disabled) subSelect.value = "";
      subSelect.disabled = !!type && !groups.some(function (g) { return !g.disabled; });
      if (placeholder) placeholder.disabled = false;
    }
    typeSelect.addEventListener("change", follow);
    subSelect.addEventListener("change", function () {
      var chosen = subSelect.options[subSelect.selectedIndex];
      var group = chosen && chosen.parentNode;
      if (group && group.tagName === "OPTGROUP" && !typeSelect.value) {
        typeSelect.value = group.getAttribute("data-type");
        follow();
      }
    });
    follow();
  });

  // Comparison: at most four ticks; the button says how many are ticked.
  document.querySelectorAll("[data-compare-form], form[action$='/compare/']").forEach(function (form) {
    var boxes = form.querySelectorAll("[data-compare]");
    function limit() {
      var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
      boxes.forEach(function (b) { b.disabled = !b.checked && ticked >= 4; });
    }
    boxes.forEach(function (b) { b.addEventListener("change", limit); });
    limit();
  });

  // Embedded videos: the poster link becomes the player when pressed.
  document.querySelectorAll("[data-video-embed]").forEach(function (box) {
    var facade = box.querySelector(".video__facade");
    if (!facade) return;
    facade.addEventListener("click", function (event) {
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = box.getAttribute("data-video-embed");
      frame.title = box.getAttribute("data-video-title") || "";
      frame.width = "640";
      frame.height = "360";
      frame.allowFullscreen = true;
      frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation");
      frame.setAttribute("referrerpolicy", "no-referrer");
      box.replaceChild(frame, facade);
      frame.focus();
    });
  });
})();
