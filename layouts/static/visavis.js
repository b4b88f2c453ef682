/* visavis: optional enhancements. Without this script both columns show and all text reads. */
(function () {
  "use strict";

  var root = document.documentElement;
  var VIEW_KEY = "visavis.view";
  var ORDER_KEY = "visavis.order";

  function store(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (error) {
      /* private browsing: the choice lasts for this page only */
    }
  }

  /* Views: both columns, source only, target only; and which language comes first. */
  function setUpToolbar(toolbar) {
    var viewButtons = toolbar.querySelectorAll("button[data-view]");
    var swap = toolbar.querySelector("button[data-swap]");

    function refresh() {
      var view = root.getAttribute("data-view") || "both";
      var order = root.getAttribute("data-order") || "source-first";
      viewButtons.forEach(function (button) {
        button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === view));
      });
      if (swap) {
        swap.setAttribute("aria-pressed", String(order === "target-first"));
        swap.disabled = view !== "both";
      }
    }

    viewButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        var view = button.getAttribute("data-view");
        root.setAttribute("data-view", view);
        store(VIEW_KEY, view);
        refresh();
      });
    });
    if (swap) {
      swap.addEventListener("click", function () {
        var order = root.getAttribute("data-order") === "target-first" ? "source-first" : "target-first";
        root.setAttribute("data-order", order);
        store(ORDER_KEY, order);
        refresh();
      });
    }
    toolbar.hidden = false;
    refresh();
  }

  /* Sentence pairs: light a sentence and its counterpart (or, where a hand-edited translation
     no longer matches sentence for sentence, the two blocks of the row). A pull-quote sentence
     that repeats a body sentence also marks that sentence, more softly, and the other way. */
  function setUpPairs(bitext) {
    var lit = [];
    var echoed = [];
    var pinned = null;

    function echoesOf(elements) {
      var key = elements.length && elements[0].getAttribute("data-echo");
      if (!key) return [];
      return Array.prototype.slice.call(bitext.querySelectorAll('.s[data-s="' + key + '"]'));
    }

    function partnersOf(target) {
      var sentence = target.closest(".s[data-s]");
      if (sentence) {
        var key = sentence.getAttribute("data-s");
        return Array.prototype.slice.call(bitext.querySelectorAll('.s[data-s="' + key + '"]'));
      }
      var row = target.closest(".row.level-block");
      if (row && target.closest(".cell")) {
        return Array.prototype.slice.call(row.querySelectorAll(":scope > .cell"));
      }
      return [];
    }

    function light(elements) {
      lit.forEach(function (element) {
        element.classList.remove("is-lit");
      });
      echoed.forEach(function (element) {
        element.classList.remove("is-echo");
      });
      lit = elements;
      echoed = echoesOf(elements);
      lit.forEach(function (element) {
        element.classList.add("is-lit");
      });
      echoed.forEach(function (element) {
        element.classList.add("is-echo");
      });
    }

    bitext.addEventListener("mouseover", function (event) {
      if (!pinned) light(partnersOf(event.target));
    });
    bitext.addEventListener("mouseleave", function () {
      if (!pinned) light([]);
    });
    bitext.addEventListener("focusin", function (event) {
      pinned = null;
      light(partnersOf(event.target));
    });
    bitext.addEventListener("click", function (event) {
      var elements = partnersOf(event.target);
      var same = elements.length && lit.length && elements[0] === lit[0] && pinned;
      pinned = same || !elements.length ? null : elements[0];
      light(same ? [] : elements);
    });
    document.addEventListener("click", function (event) {
      if (!bitext.contains(event.target)) {
        pinned = null;
        light([]);
      }
    });
    setUpKeyboard(bitext);
  }

  /* Keyboard: one tab stop for the text; arrow keys move from sentence to sentence. */
  function setUpKeyboard(bitext) {
    function sentences() {
      return Array.prototype.filter.call(bitext.querySelectorAll(".s[data-s]"), function (element) {
        return element.offsetParent !== null;
      });
    }
    var all = bitext.querySelectorAll(".s[data-s]");
    if (!all.length) return;
    var seen = {};
    all.forEach(function (element) {
      var lang = element.closest(".cell").getAttribute("lang");
      element.tabIndex = seen[lang] ? -1 : 0;
      seen[lang] = true;
    });
    bitext.addEventListener("keydown", function (event) {
      var current = event.target.closest && event.target.closest(".s[data-s]");
      if (!current) return;
      var forward = event.key === "ArrowDown" || event.key === "ArrowRight";
      var backward = event.key === "ArrowUp" || event.key === "ArrowLeft";
      if (!forward && !backward) return;
      var lang = current.closest(".cell").getAttribute("lang");
      var list = sentences().filter(function (element) {
        return element.closest(".cell").getAttribute("lang") === lang;
      });
      var next = list[list.indexOf(current) + (forward ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      current.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var toolbar = document.querySelector(".toolbar");
    if (toolbar) setUpToolbar(toolbar);
    var bitext = document.querySelector(".bitext");
    if (bitext) setUpPairs(bitext);
  });
})();
