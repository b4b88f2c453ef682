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

    function inNote(target) {
      return Boolean(target.closest && target.closest(".counterpart"));
    }

    bitext.addEventListener("mouseover", function (event) {
      if (!pinned && !inNote(event.target)) light(partnersOf(event.target));
    });
    bitext.addEventListener("mouseleave", function () {
      if (!pinned) light([]);
    });
    bitext.addEventListener("focusin", function (event) {
      pinned = null;
      light(partnersOf(event.target));
    });
    bitext.addEventListener("click", function (event) {
      if (inNote(event.target)) return;
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
    setUpCounterpart(bitext);
  }

  /* One-language views: tapping, clicking or focusing a sentence shows its counterpart in a
     note beside it, without leaving the view (or, where a hand-edited translation no longer
     pairs sentence by sentence, the other column's block). Escape, another tap, or moving
     focus out of the text dismisses it; tapping the same sentence again too. */
  function setUpCounterpart(bitext) {
    var note = document.createElement("div");
    var label = document.createElement("span");
    var text = document.createElement("span");
    var owner = null;
    var tappedOwner = false;
    note.className = "counterpart";
    note.id = "counterpart";
    note.setAttribute("role", "tooltip");
    note.hidden = true;
    label.className = "counterpart-label";
    text.className = "counterpart-text";
    note.appendChild(label);
    note.appendChild(text);
    bitext.appendChild(note);

    function oneLanguage() {
      var view = root.getAttribute("data-view");
      return view === "source" || view === "target";
    }

    function holderOf(target) {
      if (!target.closest || target.closest(".counterpart")) return null;
      return target.closest(".s[data-s]") || target.closest(".row.level-block > .cell");
    }

    function counterpartOf(holder) {
      var lang = holder.closest(".cell").getAttribute("lang");
      var others;
      if (holder.matches(".s[data-s]")) {
        var selector = '.s[data-s="' + holder.getAttribute("data-s") + '"]';
        others = Array.prototype.filter.call(bitext.querySelectorAll(selector), function (s) {
          return s.closest(".cell").getAttribute("lang") !== lang;
        });
      } else {
        others = Array.prototype.filter.call(holder.parentNode.children, function (cell) {
          return cell.matches(".cell") && cell.getAttribute("lang") !== lang;
        });
      }
      if (!others.length) return null;
      var otherLang = others[0].closest(".cell").getAttribute("lang");
      var words = others.map(function (element) {
        return element.textContent.trim();
      });
      return { lang: otherLang, text: words.join(" ") };
    }

    function languageName(lang) {
      var buttons = document.querySelectorAll(".toolbar button[data-view][lang]");
      var name = lang;
      buttons.forEach(function (button) {
        if (button.getAttribute("lang") === lang) name = button.textContent.trim();
      });
      return name;
    }

    function place() {
      var box = bitext.getBoundingClientRect();
      var lines = owner.getClientRects();
      var last = lines.length ? lines[lines.length - 1] : owner.getBoundingClientRect();
      note.style.top = last.bottom - box.top + 6 + "px";
      note.style.left = "0px";
      var room = box.width - note.offsetWidth;
      note.style.left = Math.max(0, Math.min(last.left - box.left, room)) + "px";
    }

    function show(holder) {
      var other = counterpartOf(holder);
      if (!other) return hide();
      if (owner && owner !== holder) owner.removeAttribute("aria-describedby");
      owner = holder;
      label.textContent = languageName(other.lang);
      text.textContent = other.text;
      note.setAttribute("lang", other.lang);
      note.classList.toggle("is-source", holder.closest(".cell.tgt") !== null);
      owner.setAttribute("aria-describedby", note.id);
      note.hidden = false;
      place();
    }

    function hide() {
      if (owner) owner.removeAttribute("aria-describedby");
      owner = null;
      note.hidden = true;
    }

    bitext.addEventListener("pointerdown", function (event) {
      tappedOwner = owner !== null && owner === holderOf(event.target);
    });
    bitext.addEventListener("focusin", function (event) {
      var holder = holderOf(event.target);
      if (holder && oneLanguage()) show(holder);
    });
    bitext.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !bitext.contains(event.relatedTarget)) hide();
    });
    bitext.addEventListener("click", function (event) {
      if (event.target.closest(".counterpart")) return;
      var holder = holderOf(event.target);
      if (!holder || !oneLanguage() || (tappedOwner && holder === owner)) hide();
      else show(holder);
      tappedOwner = false;
    });
    document.addEventListener("click", function (event) {
      if (!bitext.contains(event.target)) hide();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && owner) {
        hide();
        event.preventDefault();
      }
    });
    window.addEventListener("resize", function () {
      if (owner) place();
    });
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

  /* Opened from disk (a file: address), a link to a folder would show the folder, not its
     page: point the site's own links (and the search form) at the folder's index.html. (A site built with
     --for-disk names index.html itself, and needs no script for this.) */
  function linkIndexFiles() {
    if (location.protocol !== "file:") return;
    document.querySelectorAll("a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) return;
      var hash = href.indexOf("#");
      var path = hash < 0 ? href : href.slice(0, hash);
      if (path.slice(-1) !== "/") return;
      link.setAttribute("href", path + "index.html" + href.slice(path.length));
    });
    document.querySelectorAll("form[action$='/']").forEach(function (form) {
      form.setAttribute("action", form.getAttribute("action") + "index.html");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    linkIndexFiles();
    var toolbar = document.querySelector(".toolbar");
    if (toolbar) setUpToolbar(toolbar);
    var bitext = document.querySelector(".bitext");
    if (bitext) setUpPairs(bitext);
  });
})();
