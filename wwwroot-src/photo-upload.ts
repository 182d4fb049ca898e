// The member's photo page, made quicker with script; everything here also works as plain forms without it.
// Upload: files chosen or dropped onto the file field get a preview, their own required description and a
// progress bar, and go up one request each (so one refused file does not take the others with it). Status: while
// any photo is being processed the page asks the server every two seconds and replaces only the rows that changed,
// keeping what the member is typing, and says "Foto bereit" / "Foto abgelehnt: …" in a live region.
// Previews are data: URLs, which the site's image policy allows (blob: it does not).
(() => {
  const announcer = document.querySelector<HTMLElement>("[data-photo-announce]");
  const list = document.querySelector<HTMLElement>("[data-photo-list]");
  const form = document.querySelector<HTMLFormElement>("[data-photo-upload]");
  const pollInterval = 2000;

  const format = (template: string, ...values: string[]): string =>
    template.replace(/\{(\d)\}/g, (_, index: string) => values[Number(index)] ?? "");

  const announce = (message: string): void => {
    if (announcer) {
      announcer.textContent = message;
    }
  };

  interface StatusItem {
    id: number;
    fileName: string;
    status: string;
    statusText: string;
    reason: string | null;
  }

  interface StatusResponse {
    photos: StatusItem[];
    processing: boolean;
  }

  interface UploadFileResult {
    fileName: string;
    photoId: number | null;
    error: string | null;
  }

  interface UploadResponse {
    error: string | null;
    files: UploadFileResult[];
  }

  // ---- The list: rows replaced in place from the server's own rendering of it. ----

  const rowOf = (container: ParentNode, id: string): HTMLElement | null =>
    container.querySelector<HTMLElement>(`[data-photo-id="${id}"]`);

  /** Swaps a row for its new rendering, keeping a description being typed and the keyboard focus. */
  const replaceRow = (old: HTMLElement, fresh: HTMLElement): void => {
    const oldInput = old.querySelector<HTMLInputElement>("input[type=text]");
    const freshInput = fresh.querySelector<HTMLInputElement>("input[type=text]");
    if (oldInput && freshInput && oldInput.value !== oldInput.defaultValue) {
      freshInput.value = oldInput.value;
    }

    const active = document.activeElement;
    const focusSelector = active instanceof HTMLElement && old.contains(active)
      ? (active.id ? `#${CSS.escape(active.id)}` : active.getAttribute("formaction") ? `[formaction="${active.getAttribute("formaction")}"]` : null)
      : null;
    const selection = active instanceof HTMLInputElement ? [active.selectionStart, active.selectionEnd] : null;
    old.replaceWith(fresh);
    const target = focusSelector ? fresh.querySelector<HTMLElement>(focusSelector) : null;
    if (target) {
      target.focus();
      if (target instanceof HTMLInputElement && selection) {
        target.setSelectionRange(selection[0], selection[1]);
      }
    }
  };

  const refreshList = async (): Promise<void> => {
    if (!list?.dataset.listUrl) {
      return;
    }

    const response = await fetch(list.dataset.listUrl, { headers: { Accept: "text/html" }, cache: "no-store", credentials: "same-origin" });
    if (!response.ok) {
      return;
    }

    const parsed = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = parsed.querySelector<HTMLElement>("[data-photo-list]");
    if (!fresh) {
      return;
    }

    const currentRows = list.querySelector<HTMLOListElement>("ol");
    const freshRows = fresh.querySelector<HTMLOListElement>("ol");
    if (!currentRows || !freshRows) {
      list.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
      return;
    }

    const keep = new Set<string>();
    for (const freshRow of Array.from(freshRows.children) as HTMLElement[]) {
      const id = freshRow.dataset.photoId ?? "";
      keep.add(id);
      const imported = document.importNode(freshRow, true);
      const existing = rowOf(currentRows, id);
      if (!existing) {
        currentRows.appendChild(imported);
      } else if (existing.outerHTML !== freshRow.outerHTML) {
        replaceRow(existing, imported);
        currentRows.appendChild(imported);
      } else {
        currentRows.appendChild(existing);
      }
    }

    for (const row of Array.from(currentRows.children) as HTMLElement[]) {
      if (!keep.has(row.dataset.photoId ?? "")) {
        row.remove();
      }
    }
  };

  let pollTimer: number | undefined;

  const schedulePoll = (): void => {
    if (pollTimer === undefined && list?.querySelector('[data-status="processing"]')) {
      pollTimer = window.setTimeout(poll, pollInterval);
    }
  };

  const poll = async (): Promise<void> => {
    pollTimer = undefined;
    if (!list?.dataset.statusUrl) {
      return;
    }

    let processing = true;
    try {
      const response = await fetch(list.dataset.statusUrl, { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin" });
      if (response.ok) {
        const status = (await response.json()) as StatusResponse;
        processing = status.processing;
        const changed = status.photos.filter((photo) => rowOf(list, String(photo.id))?.dataset.status !== photo.status);
        if (changed.length > 0) {
          await refreshList();
          const messages = changed
            .filter((photo) => photo.status !== "processing")
            .map((photo) => photo.status === "ready"
              ? format(list.dataset.textReady ?? "", photo.fileName)
              : format(list.dataset.textRejected ?? "", photo.fileName, photo.reason ?? ""));
          if (messages.length > 0) {
            announce(messages.join(" "));
          }
        }
      }
    } catch {
      // A network hiccup: ask again at the next tick.
    }

    if (processing) {
      pollTimer = window.setTimeout(poll, pollInterval);
    }
  };

  schedulePoll();

  // ---- The upload: one request per file, with its description and progress. ----

  if (!form) {
    return;
  }

  const fileInput = form.querySelector<HTMLInputElement>("input[type=file]");
  const selection = form.querySelector<HTMLOListElement>("[data-selection]");
  const singleAlt = form.querySelector<HTMLElement>("[data-single-alt]");
  const dropZone = form.querySelector<HTMLElement>("[data-drop-zone]");
  const token = form.querySelector<HTMLInputElement>("input[name=__RequestVerificationToken]")?.value ?? "";
  if (!fileInput || !selection || !window.FormData || !window.FileReader) {
    return;
  }

  const text = (key: string): string => form.dataset[key] ?? "";
  const maxFiles = Number(form.dataset.maxFiles ?? "10");
  const maxBytes = Number(form.dataset.maxBytes ?? "0");

  interface Chosen {
    file: File;
    row: HTMLLIElement;
    altText: HTMLInputElement;
    progress: HTMLProgressElement;
    message: HTMLElement;
    tooLarge: boolean;
  }

  let chosen: Chosen[] = [];
  let counter = 0;
  let uploading = false;

  // Each file gets its own description field below, so the single field for script-less uploads goes.
  if (singleAlt) {
    singleAlt.hidden = true;
    singleAlt.querySelector("input")?.setAttribute("disabled", "");
  }

  const preview = (file: File, image: HTMLImageElement): void => {
    if (!/^image\/(jpeg|png|webp|gif)$/.test(file.type) || file.size > maxBytes) {
      return;
    }

    const reader = new FileReader();
    reader.addEventListener("load", () => {
      if (typeof reader.result === "string") {
        image.src = reader.result;
      }
    });
    reader.readAsDataURL(file);
  };

  const remove = (entry: Chosen): void => {
    const index = chosen.indexOf(entry);
    chosen = chosen.filter((c) => c !== entry);
    entry.row.remove();
    selection.hidden = chosen.length === 0;
    (chosen[Math.min(index, chosen.length - 1)]?.altText ?? fileInput).focus();
  };

  const add = (files: FileList | File[]): void => {
    for (const file of Array.from(files)) {
      if (chosen.length >= maxFiles) {
        announce(text("textTooMany"));
        break;
      }

      counter += 1;
      const id = `foto-neu-${counter}`;
      const row = document.createElement("li");
      row.className = "photo-selection__item";
      const image = document.createElement("img");
      image.className = "photo-selection__preview";
      image.alt = "";
      preview(file, image);
      const body = document.createElement("div");
      body.className = "photo-selection__body";
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = format(text("textAltLabel"), file.name);
      const altText = document.createElement("input");
      altText.type = "text";
      altText.id = id;
      altText.maxLength = 250;
      altText.required = true;
      altText.autocomplete = "off";
      const progress = document.createElement("progress");
      progress.max = 1;
      progress.value = 0;
      progress.hidden = true;
      progress.setAttribute("aria-label", format(text("textProgress"), file.name));
      const message = document.createElement("p");
      message.className = "photo-selection__message";
      message.id = `${id}-meldung`;
      altText.setAttribute("aria-describedby", message.id);
      const removeButton = document.createElement("button");
      removeButton.type = "button";
      removeButton.className = "photo-button";
      removeButton.textContent = text("textRemove");
      const hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = `: ${file.name}`;
      removeButton.appendChild(hidden);
      body.append(label, altText, progress, message, removeButton);
      row.append(image, body);
      selection.appendChild(row);
      const entry: Chosen = { file, row, altText, progress, message, tooLarge: file.size > maxBytes };
      removeButton.addEventListener("click", () => remove(entry));
      if (entry.tooLarge) {
        message.textContent = text("textTooLarge");
        row.classList.add("is-refused");
      }

      chosen.push(entry);
    }

    selection.hidden = chosen.length === 0;
    fileInput.value = "";
    announce(format(text("textSelected"), String(chosen.length)));
  };

  fileInput.addEventListener("change", () => {
    if (fileInput.files && fileInput.files.length > 0) {
      add(fileInput.files);
    }
  });

  if (dropZone) {
    dropZone.addEventListener("dragover", (event) => {
      event.preventDefault();
      dropZone.classList.add("is-dragging");
    });
    dropZone.addEventListener("dragleave", () => dropZone.classList.remove("is-dragging"));
    dropZone.addEventListener("drop", (event) => {
      event.preventDefault();
      dropZone.classList.remove("is-dragging");
      if (event.dataTransfer?.files.length) {
        add(event.dataTransfer.files);
      }
    });
  }

  const send = (entry: Chosen): Promise<string | null> => new Promise((resolve) => {
    const body = new FormData();
    body.append("__RequestVerificationToken", token);
    body.append("fotos", entry.file, entry.file.name);
    body.append("beschreibungen", entry.altText.value.trim());
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) {
        entry.progress.value = event.loaded / event.total;
      }
    });
    request.addEventListener("load", () => {
      let answer: UploadResponse | null = null;
      try {
        answer = JSON.parse(request.responseText) as UploadResponse;
      } catch {
        answer = null;
      }

      if (request.status === 200) {
        resolve(null);
      } else {
        resolve(answer?.error ?? answer?.files.find((f) => f.error)?.error
          ?? (request.status === 429 ? text("textTooManyRequests") : text("textNetwork")));
      }
    });
    request.addEventListener("error", () => resolve(text("textNetwork")));
    request.send(body);
  });

  form.addEventListener("submit", async (event) => {
    if (chosen.length === 0) {
      // Nothing chosen here: the server says so in the page it answers with.
      return;
    }

    event.preventDefault();
    if (uploading) {
      return;
    }

    const missing = chosen.filter((entry) => entry.altText.value.trim() === "");
    for (const entry of chosen) {
      entry.altText.setAttribute("aria-invalid", String(missing.includes(entry)));
      if (missing.includes(entry)) {
        entry.message.textContent = text("textAltRequired");
      }
    }

    if (missing.length > 0) {
      announce(text("textAltRequired"));
      missing[0].altText.focus();
      return;
    }

    uploading = true;
    form.setAttribute("aria-busy", "true");
    for (const entry of chosen.filter((c) => !c.tooLarge)) {
      entry.progress.hidden = false;
      entry.progress.value = 0;
      entry.row.classList.remove("is-refused");
      entry.message.textContent = "";
      announce(format(text("textUploading"), entry.file.name));
      const error = await send(entry);
      if (error === null) {
        announce(format(text("textUploaded"), entry.file.name));
        chosen = chosen.filter((c) => c !== entry);
        entry.row.remove();
      } else {
        entry.progress.hidden = true;
        entry.message.textContent = error;
        entry.row.classList.add("is-refused");
        announce(format(text("textFailed"), entry.file.name, error));
      }
    }

    uploading = false;
    form.removeAttribute("aria-busy");
    selection.hidden = chosen.length === 0;
    await refreshList();
    schedulePoll();
  });
})();
