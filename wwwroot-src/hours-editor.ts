// The opening-hours editor (Features/HoursEditor/_HoursEditor.cshtml), enhanced: the text field is checked while
// typing (debounced GET /api/v1/opening-hours/preview, result in its role="status" line, aria-invalid on the field),
// changes in the table refresh the OSM text, the field errors and the week preview, and the editor's buttons (add
// or remove a span or date, copy a day, read the text) work without reloading the page: the form is posted to
// /oeffnungszeiten/editor, which renders the editor again, and focus goes where the server says (autofocus).
// Without JavaScript every button is a plain submit button and the server does the same.
(() => {
  interface SpanJson { time: string; note: string | null }
  interface DayJson { dayName: string; displayDate: string; isToday: boolean; isPublicHoliday: boolean; spans: SpanJson[] }
  interface ErrorJson { text: string }
  interface PreviewJson { valid: boolean; errors: ErrorJson[]; normalized: string | null; week: DayJson[] }

  const debounceMs = 350;

  function isPreview(value: unknown): value is PreviewJson {
    const item = value as Record<string, unknown> | null;
    return typeof item === "object" && item !== null && typeof item.valid === "boolean"
      && Array.isArray(item.errors) && Array.isArray(item.week);
  }

  class HoursEditor {
    private textTimer: number | undefined;
    private tableTimer: number | undefined;
    private request: AbortController | undefined;

    constructor(private root: HTMLElement, private readonly form: HTMLFormElement) {
      form.addEventListener("submit", (event) => this.onSubmit(event));
      this.bind();
    }

    private get data(): DOMStringMap {
      return this.root.dataset;
    }

    // Listeners on the root, so that they survive nothing: the root itself is replaced after a button.
    private bind(): void {
      // Time inputs report a typed value with "input" (their "change" may wait for the field to lose focus).
      for (const type of ["input", "change"]) {
        this.root.addEventListener(type, (event) => {
          const target = event.target as HTMLElement;
          if (target.matches("[data-hours-text]")) {
            if (type === "input") {
              this.onTextInput();
            }
          } else if (target.matches("[data-hours-field], [data-hours-source]")) {
            this.scheduleRefresh();
          }
        });
      }

      this.root.addEventListener("focusout", (event) => {
        const row = typingRow(event.target as Element);
        if (row && typingRow(event.relatedTarget as Element | null) !== row) {
          this.scheduleRefresh();
        }
      });
    }

    private scheduleRefresh(): void {
      window.clearTimeout(this.tableTimer);
      this.tableTimer = window.setTimeout(() => void this.refresh(), debounceMs);
    }

    private onSubmit(event: SubmitEvent): void {
      const button = event.submitter;
      if (!(button instanceof HTMLButtonElement) || !this.root.contains(button) || !button.name.endsWith(".Action")) {
        return; // the host form's own button: let it post
      }

      event.preventDefault();
      void this.post(button);
    }

    private async post(button: HTMLButtonElement): Promise<void> {
      const body = new FormData(this.form);
      body.set(button.name, button.value);
      const fresh = await this.fetchEditor(body);
      if (fresh === null) {
        // Fall back to the plain form post that works without JavaScript (submit() sends no button: add its value).
        const pressed = document.createElement("input");
        pressed.type = "hidden";
        pressed.name = button.name;
        pressed.value = button.value;
        this.form.append(pressed);
        this.form.submit();
        return;
      }

      const focusId = button.id;
      this.root.replaceWith(fresh);
      this.root = fresh;
      this.bind();
      const target = fresh.querySelector<HTMLElement>("[autofocus]")
        ?? (focusId ? document.getElementById(focusId) : null)
        ?? fresh.querySelector<HTMLElement>("[data-hours-part='summary'] a");
      target?.focus();
      this.announce(this.data.updated ?? "");
    }

    private async refresh(): Promise<void> {
      const body = new FormData(this.form);
      body.set(`${this.data.prefix ?? "Hours"}.Action`, "check");
      const fresh = await this.fetchEditor(body);
      if (fresh === null) {
        this.announce(this.data.failed ?? "");
        return;
      }

      const text = this.root.querySelector<HTMLInputElement>("[data-hours-text]");
      const freshText = fresh.querySelector<HTMLInputElement>("[data-hours-text]");
      if (text && freshText && document.activeElement !== text) {
        text.value = freshText.value;
      }

      for (const part of ["value", "week"]) {
        const old = this.root.querySelector(`[data-hours-part='${part}']`);
        const updated = fresh.querySelector(`[data-hours-part='${part}']`);
        if (old && updated) {
          old.replaceChildren(...Array.from(updated.childNodes));
        }
      }

      this.data.weekCaption = fresh.dataset.weekCaption ?? this.data.weekCaption;
      // Each field's error and state as the server sees it now; the inputs themselves are left alone, and so is
      // the row being typed in (its end is not "missing" while the start has just been typed): leaving it refreshes.
      const typing = typingRow(document.activeElement);
      for (const error of Array.from(fresh.querySelectorAll<HTMLElement>("[data-hours-error]"))) {
        const old = document.getElementById(error.id);
        if (old && !(typing && typing.contains(old))) {
          old.textContent = error.textContent;
          old.hidden = error.hidden;
        }
      }

      for (const field of Array.from(fresh.querySelectorAll<HTMLElement>("[data-hours-field][id]"))) {
        const old = document.getElementById(field.id);
        if (old && !(typing && typing.contains(old))) {
          copyAttribute(field, old, "aria-invalid");
          copyAttribute(field, old, "aria-describedby");
        }
      }
    }

    private async fetchEditor(body: FormData): Promise<HTMLElement | null> {
      try {
        const response = await fetch(this.data.fragmentUrl ?? "", {
          method: "POST",
          body,
          credentials: "same-origin",
          headers: { Accept: "text/html" },
        });
        if (!response.ok) {
          return null;
        }

        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        return doc.querySelector<HTMLElement>("[data-hours-editor]");
      } catch {
        return null;
      }
    }

    private onTextInput(): void {
      // Typing the text means the text is what counts.
      const textSource = this.root.querySelector<HTMLInputElement>("[data-hours-source][value='text']");
      if (textSource && !textSource.checked) {
        textSource.checked = true;
      }

      const status = this.status();
      if (status) {
        status.textContent = this.data.textChecking ?? "";
      }

      window.clearTimeout(this.textTimer);
      this.textTimer = window.setTimeout(() => void this.checkText(), debounceMs);
    }

    private async checkText(): Promise<void> {
      const input = this.root.querySelector<HTMLInputElement>("[data-hours-text]");
      if (!input) {
        return;
      }

      const value = input.value.trim();
      if (value === "") {
        this.showTextState(input, true, this.data.textEmpty ?? "");
        this.replaceWeek(null, this.data.textEmpty ?? "");
        this.setValue("–");
        return;
      }

      this.request?.abort();
      this.request = new AbortController();
      const week = this.root.querySelector<HTMLInputElement>("input[type='date']")?.value ?? "";
      const url = `${this.data.previewUrl ?? ""}?value=${encodeURIComponent(value)}${week ? `&week=${encodeURIComponent(week)}` : ""}`;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" }, signal: this.request.signal });
        const json: unknown = response.ok ? await response.json() : null;
        if (!isPreview(json)) {
          this.showTextState(input, true, this.data.failed ?? "");
          return;
        }

        if (json.valid) {
          this.showTextState(input, true, this.data.textValid ?? "");
          this.replaceWeek(json.week, "");
          this.setValue(json.normalized ?? "–");
        } else {
          this.showTextState(input, false, json.errors.map((e) => e.text).join(" "));
          this.replaceWeek(null, this.data.needsValid ?? "");
          this.setValue("–");
        }
      } catch (error) {
        if (!(error instanceof DOMException && error.name === "AbortError")) {
          this.showTextState(input, true, this.data.failed ?? "");
        }
      }
    }

    private status(): HTMLElement | null {
      return this.root.querySelector<HTMLElement>("[data-hours-status]");
    }

    private showTextState(input: HTMLInputElement, valid: boolean, message: string): void {
      const status = this.status();
      if (valid) {
        input.removeAttribute("aria-invalid");
      } else {
        input.setAttribute("aria-invalid", "true");
      }

      if (status) {
        status.textContent = message;
        status.classList.toggle("field-error", !valid);
      }
    }

    private setValue(text: string): void {
      const value = this.root.querySelector("[data-hours-part='value']");
      if (value) {
        value.textContent = text;
      }
    }

    private replaceWeek(days: DayJson[] | null, message: string): void {
      const part = this.root.querySelector("[data-hours-part='week']");
      if (!part) {
        return;
      }

      if (days === null) {
        const paragraph = document.createElement("p");
        paragraph.className = "hours-editor__no-preview";
        paragraph.textContent = message;
        part.replaceChildren(paragraph);
        return;
      }

      part.replaceChildren(this.weekTable(days));
    }

    // The same table as _HoursWeek.cshtml renders, built from text only (never HTML from the answer).
    private weekTable(days: DayJson[]): HTMLTableElement {
      const table = document.createElement("table");
      table.className = "hours-table";
      table.createCaption().textContent = this.data.weekCaption ?? "";
      const head = table.createTHead().insertRow();
      for (const text of [this.data.thDay ?? "", this.data.thHours ?? ""]) {
        const th = document.createElement("th");
        th.scope = "col";
        th.textContent = text;
        head.append(th);
      }

      const body = table.createTBody();
      for (const day of days) {
        const row = body.insertRow();
        if (day.isToday) {
          row.className = "is-today";
          row.setAttribute("aria-current", "date");
        }

        const th = document.createElement("th");
        th.scope = "row";
        th.append(span("hours-table__day", day.dayName), " ", span("hours-table__date", day.displayDate));
        if (day.isToday) {
          th.append(" ", span("label label--today", this.data.today ?? ""));
        }

        if (day.isPublicHoliday) {
          th.append(" ", span("label label--holiday", this.data.holiday ?? ""));
        }

        const td = document.createElement("td");
        for (const s of day.spans) {
          const item = span("hours-table__span", "");
          item.append(span("hours-table__time", s.time), s.note === null ? "" : ` (${s.note})`);
          td.append(item);
        }

        row.append(th, td);
      }

      return table;
    }

    private announce(message: string): void {
      const status = this.status();
      if (status && message && status.textContent === "") {
        status.textContent = message;
      }
    }
  }

  // The span row whose start or end has focus: its errors wait until the row is left.
  function typingRow(element: Element | null): Element | null {
    return element instanceof HTMLInputElement ? element.closest(".hours-span") : null;
  }

  function span(className: string, text: string): HTMLSpanElement {
    const element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function copyAttribute(from: Element, to: Element, name: string): void {
    const value = from.getAttribute(name);
    if (value === null) {
      to.removeAttribute(name);
    } else {
      to.setAttribute(name, value);
    }
  }

  for (const root of Array.from(document.querySelectorAll<HTMLElement>("[data-hours-editor]"))) {
    const form = root.closest("form");
    if (form) {
      new HoursEditor(root, form);
    }
  }
})();
