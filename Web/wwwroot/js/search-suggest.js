"use strict";
// Suggestions for the search boxes, as the WAI-ARIA Authoring Practices' combobox with a listbox popup
// ("list autocomplete with manual selection"): typing asks /api/v1/suggest, the arrow keys move through the
// options while focus stays in the input (aria-activedescendant), Enter opens the chosen option's page,
// Escape closes the list. Without JavaScript the box is a plain search form.
(() => {
    const minLength = 2;
    const debounceMs = 150;
    const maxCached = 50;
    // The script tag carries the texts in the page's language (from the site's resource files) and the endpoint.
    const script = document.currentScript;
    const data = script?.dataset ?? {};
    const endpoint = data.endpoint ?? "/api/v1/suggest";
    const texts = {
        label: data.label ?? "Vorschläge",
        one: data.one ?? "1 Vorschlag verfügbar.",
        many: data.many ?? "{0} Vorschläge verfügbar.",
        none: data.none ?? "Keine Vorschläge.",
        kinds: {
            category: data.category ?? "Kategorie",
            district: data.district ?? "Stadtteil",
            listing: data.listing ?? "Eintrag",
        },
    };
    function isSuggestion(value) {
        if (typeof value !== "object" || value === null) {
            return false;
        }
        const item = value;
        return typeof item.text === "string"
            && (item.kind === "category" || item.kind === "listing" || item.kind === "district")
            // Only pages of this site: an answer can never send the resident elsewhere.
            && typeof item.url === "string" && item.url.startsWith("/") && !item.url.startsWith("//");
    }
    class SuggestBox {
        constructor(input, index) {
            this.input = input;
            this.items = [];
            this.active = -1;
            this.lastQuery = "";
            this.cache = new Map();
            const id = `${input.id || `suche-${index}`}-vorschlaege`;
            this.listbox = document.createElement("ul");
            this.listbox.id = id;
            this.listbox.className = "suggest";
            this.listbox.setAttribute("role", "listbox");
            this.listbox.setAttribute("aria-label", texts.label);
            this.listbox.hidden = true;
            this.live = document.createElement("div");
            this.live.className = "visually-hidden";
            this.live.setAttribute("role", "status");
            this.live.setAttribute("aria-live", "polite");
            const container = input.parentElement ?? input;
            container.classList.add("suggest-anchor");
            container.append(this.listbox);
            input.form?.append(this.live);
            input.setAttribute("role", "combobox");
            input.setAttribute("aria-autocomplete", "list");
            input.setAttribute("aria-expanded", "false");
            input.setAttribute("aria-controls", id);
            input.setAttribute("autocomplete", "off");
            input.addEventListener("input", () => this.scheduleFetch());
            input.addEventListener("keydown", (event) => this.onKeyDown(event));
            input.addEventListener("blur", () => this.close());
            // Keeps the focus in the input while an option is clicked, as the pattern asks.
            this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
            this.listbox.addEventListener("click", (event) => {
                const option = event.target.closest("[role=option]");
                if (option?.dataset.index !== undefined) {
                    this.go(Number(option.dataset.index));
                }
            });
        }
        onKeyDown(event) {
            const open = !this.listbox.hidden;
            switch (event.key) {
                case "ArrowDown":
                    event.preventDefault();
                    if (!open) {
                        this.reopen(event.altKey ? -1 : 0);
                    }
                    else {
                        this.setActive(this.active + 1 >= this.items.length ? 0 : this.active + 1);
                    }
                    break;
                case "ArrowUp":
                    event.preventDefault();
                    if (!open) {
                        this.reopen(-2);
                    }
                    else {
                        this.setActive(this.active <= 0 ? this.items.length - 1 : this.active - 1);
                    }
                    break;
                case "Enter":
                    if (open && this.active >= 0) {
                        event.preventDefault();
                        this.go(this.active);
                    }
                    break;
                case "Escape":
                    if (open) {
                        event.preventDefault();
                        this.close();
                    }
                    else if (this.input.value !== "") {
                        event.preventDefault();
                        this.input.value = "";
                        this.items = [];
                    }
                    break;
                case "Tab":
                    this.close();
                    break;
                default:
                    break;
            }
        }
        /** Shows the list again after Escape or blur; asks for it when there is none yet. -2 activates the last option. */
        reopen(active) {
            const query = this.input.value.trim();
            if (query.length < minLength) {
                return;
            }
            if (this.items.length > 0 && query === this.lastQuery) {
                this.openWith(this.items, active === -2 ? this.items.length - 1 : active);
            }
            else {
                window.clearTimeout(this.timer);
                void this.fetchSuggestions(query);
            }
        }
        scheduleFetch() {
            window.clearTimeout(this.timer);
            const query = this.input.value.trim();
            if (query.length < minLength) {
                this.request?.abort();
                this.items = [];
                this.close();
                this.live.textContent = "";
                return;
            }
            this.timer = window.setTimeout(() => void this.fetchSuggestions(query), debounceMs);
        }
        async fetchSuggestions(query) {
            this.lastQuery = query;
            let items = this.cache.get(query);
            if (items === undefined) {
                this.request?.abort();
                const request = new AbortController();
                this.request = request;
                try {
                    const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, {
                        headers: { Accept: "application/json" },
                        signal: request.signal,
                    });
                    if (!response.ok) {
                        return;
                    }
                    const body = await response.json();
                    const list = body?.suggestions;
                    items = Array.isArray(list) ? list.filter(isSuggestion) : [];
                }
                catch {
                    // Aborted by a newer keystroke, or offline: the form still works without suggestions.
                    return;
                }
                if (this.cache.size >= maxCached) {
                    this.cache.clear();
                }
                this.cache.set(query, items);
            }
            // An answer that arrives after the resident typed on, or left the box, is not shown.
            if (query !== this.lastQuery || query !== this.input.value.trim() || document.activeElement !== this.input) {
                return;
            }
            this.openWith(items, -1);
        }
        openWith(items, active) {
            this.items = items;
            this.listbox.replaceChildren(...items.map((item, index) => this.option(item, index)));
            if (items.length === 0) {
                this.close();
                if (this.input.value.trim().length >= minLength) {
                    this.live.textContent = texts.none;
                }
                return;
            }
            this.listbox.hidden = false;
            this.input.setAttribute("aria-expanded", "true");
            this.live.textContent = items.length === 1 ? texts.one : texts.many.replace("{0}", String(items.length));
            this.setActive(active);
        }
        option(item, index) {
            const option = document.createElement("li");
            option.id = `${this.listbox.id}-${index}`;
            option.className = "suggest__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.dataset.index = String(index);
            const text = document.createElement("span");
            text.className = "suggest__text";
            text.textContent = item.text;
            const separator = document.createElement("span");
            separator.className = "visually-hidden";
            separator.textContent = ", ";
            const kind = document.createElement("span");
            kind.className = `suggest__kind suggest__kind--${item.kind}`;
            kind.textContent = texts.kinds[item.kind];
            option.append(text, separator, kind);
            return option;
        }
        setActive(index) {
            this.active = index;
            const options = this.listbox.querySelectorAll("[role=option]");
            options.forEach((option, i) => {
                const selected = i === index;
                option.setAttribute("aria-selected", String(selected));
                option.classList.toggle("is-active", selected);
                if (selected) {
                    option.scrollIntoView({ block: "nearest" });
                }
            });
            if (index >= 0 && index < options.length) {
                this.input.setAttribute("aria-activedescendant", options[index].id);
            }
            else {
                this.input.removeAttribute("aria-activedescendant");
            }
        }
        close() {
            this.listbox.hidden = true;
            this.input.setAttribute("aria-expanded", "false");
            this.input.removeAttribute("aria-activedescendant");
            this.active = -1;
        }
        go(index) {
            const item = this.items[index];
            if (item === undefined) {
                return;
            }
            this.input.value = item.text;
            this.close();
            window.location.assign(item.url);
        }
    }
    document
        .querySelectorAll("form[role=search] input[name=q]")
        .forEach((input, index) => new SuggestBox(input, index));
})();
