/* visavis search page: query both languages' Pagefind bundles, one result per article.

   Each language has its own bundle (pagefind/<lang>/, made by visavis/search.py), loaded as
   its own module so that each searches with its own language's stemming. Results of both are
   merged by article; a result shows both titles, the publication, the date, the language(s)
   of the match and an excerpt, and links to the article at the matching passage. Every
   address is relative to the page (the site may live under any sub-path). Opened from disk
   (file:), a browser will not let the page load the index: the page says so, and the
   archive link remains. */
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MAX_RESULTS = 30;

  function setStatus(box, text, withArchive) {
    var status = box.querySelector(".search-status");
    status.textContent = text;
    if (withArchive) {
      var link = document.createElement("a");
      link.href = box.dataset.root + "archive/" + box.dataset.index;
      link.textContent = "archive";
      status.append(" Every article is listed in the ", link, ".");
    }
  }

  /* The languages that have a bundle (pagefind/languages.json), each bundle's module. */
  function loadEngines(box) {
    var folder = new URL(box.dataset.root + "pagefind/", document.baseURI);
    return fetch(new URL("languages.json", folder))
      .then(function (response) {
        if (!response.ok) throw new Error("no search index");
        return response.json();
      })
      .then(function (langs) {
        return Promise.all(
          langs.map(function (lang) {
            return import(new URL(lang + "/pagefind.js", folder).href).then(function (pagefind) {
              return pagefind.options({ baseUrl: "/" }).then(function () {
                return { lang: lang, pagefind: pagefind };
              });
            });
          })
        );
      });
  }

  /* The id of the passage where the first match sits: the last anchor before it. */
  function passageOf(data) {
    var first = Math.min.apply(null, data.locations || []);
    var best = null;
    (data.anchors || []).forEach(function (anchor) {
      if (anchor.id && anchor.location <= first && (!best || anchor.location >= best.location)) {
        best = anchor;
      }
    });
    return best ? best.id : null;
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* Whether a result really matches a word of the query. For a word it does not hold,
     Pagefind answers with the longest indexed prefix of it ("a" for "acheter"); keep a
     result only when a word it highlights shares most of a query word (a stem, an ending
     aside), accents and case aside. */
  function relevant(data, terms) {
    var marked = (data.excerpt || "").match(/<mark>[^<]*<\/mark>/g) || [];
    return marked.some(function (mark) {
      var word = fold(mark.slice(6, -7));
      return terms.some(function (term) {
        var shared = 0;
        while (shared < word.length && word[shared] === term[shared]) shared++;
        return shared >= Math.max(3, Math.ceil(0.6 * term.length)) || shared === term.length;
      });
    });
  }

  function searchAll(engines, query) {
    var terms = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return Promise.all(
      engines.map(function (engine) {
        return engine.pagefind.search(query).then(function (found) {
          var top = (found && found.results ? found.results : []).slice(0, MAX_RESULTS);
          return Promise.all(top.map(function (result) { return result.data(); })).then(
            function (datas) {
              var kept = datas.filter(function (data) { return relevant(data, terms); });
              return { lang: engine.lang, datas: kept };
            }
          );
        });
      })
    );
  }

  /* One entry per article, ordered by its best rank in either language. */
  function mergeResults(perLanguage) {
    var byUrl = {};
    var order = [];
    perLanguage.forEach(function (set) {
      set.datas.forEach(function (data, rank) {
        var entry = byUrl[data.url];
        if (!entry) {
          entry = byUrl[data.url] = { url: data.url, meta: data.meta, rank: rank, matches: [] };
          order.push(entry);
        }
        entry.rank = Math.min(entry.rank, rank);
        entry.matches.push({ lang: set.lang, excerpt: data.excerpt, passage: passageOf(data) });
      });
    });
    return order.sort(function (a, b) { return a.rank - b.rank; });
  }

  /* Pagefind's excerpt as text, with only its <mark> elements kept. */
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return Array.prototype.map.call(template.content.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent);
    });
  }

  function element(tag, className, text, lang) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    if (lang) node.lang = lang;
    return node;
  }

  function renderResult(box, entry, names) {
    var langs = box.dataset.langs.split(" ");
    var item = element("li", "search-result");
    item.dataset.langs = entry.matches.map(function (match) { return match.lang; }).join(" ");
    var passage = entry.matches[0].passage;
    var href = box.dataset.root + entry.url.replace(/^\/+/, "") + box.dataset.index;
    var title = element("h2", "search-result-title");
    var link = element("a", "", entry.meta.source_title || entry.meta.title, langs[0]);
    link.href = href + (passage ? "#" + passage : "");
    title.append(link);
    item.append(title);
    if (entry.meta.target_title) {
      item.append(element("p", "search-result-target", entry.meta.target_title, langs[1]));
    }
    var facts = [entry.meta.publication, entry.meta.date].filter(Boolean);
    var found = entry.matches.map(function (match) { return names[match.lang] || match.lang; });
    facts.push("found in " + found.join(" and "));
    item.append(element("p", "search-result-meta", facts.join(" · ")));
    entry.matches.forEach(function (match) {
      var excerpt = element("p", "search-result-excerpt", "", match.lang);
      excerpt.append.apply(excerpt, excerptNodes(match.excerpt || ""));
      item.append(excerpt);
    });
    return item;
  }

  function setUp(box) {
    var input = box.querySelector("input[type=search]");
    var form = box.querySelector("form");
    var list = box.querySelector(".search-results");
    var langs = box.dataset.langs.split(" ");
    var labels = box.dataset.langNames.split("|");
    var names = {};
    langs.forEach(function (lang, i) { names[lang] = labels[i]; });
    input.value = new URLSearchParams(location.search).get("q") || "";
    if (location.protocol === "file:") {
      box.dataset.index = "index.html"; /* a folder's page, from disk */
      setStatus(box, "Search needs the site to be served over HTTP (for example with python build.py serve): a browser does not let a page opened from disk load the search index.", true);
      return;
    }
    setStatus(box, "Type a word to search the articles.", false);
    var engines = loadEngines(box);
    var asked = 0;
    var timer = null;

    function run() {
      var query = input.value.trim();
      var ticket = ++asked;
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
      if (!query) {
        list.replaceChildren();
        setStatus(box, "Type a word to search the articles.", false);
        return;
      }
      engines
        .then(function (loaded) { return searchAll(loaded, query); })
        .then(function (perLanguage) {
          if (ticket !== asked) return;
          var entries = mergeResults(perLanguage);
          list.replaceChildren.apply(list, entries.map(function (entry) {
            return renderResult(box, entry, names);
          }));
          var count = entries.length;
          setStatus(box, count ? count + (count === 1 ? " article" : " articles") + " found for “" + query + "”." : "No article found for “" + query + "”.", count === 0);
          box.dataset.searched = query;
        })
        .catch(function () {
          if (ticket !== asked) return;
          list.replaceChildren();
          setStatus(box, "Search is not available on this copy of the site (its index is missing).", true);
          box.dataset.searched = query;
        });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY_MS);
    });
    if (input.value) run();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-search]");
    if (box) setUp(box);
  });
})();
