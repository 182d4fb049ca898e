// The listing's map, loaded only when the resident asks for it: until the button is pressed no request goes to
// the tile server. A small slippy map of our own (a 3 × 3 grid of 256-pixel tiles around the place, a pin, zoom
// buttons) instead of a map library: nothing else is needed to show where a shop is.
(() => {
  const consent = document.querySelector<HTMLElement>("[data-map]");
  const button = consent?.querySelector<HTMLButtonElement>(".map__show");
  const section = consent?.closest<HTMLElement>(".map");
  const view = section?.querySelector<HTMLElement>(".map__view");
  const attribution = section?.querySelector<HTMLElement>(".map__attribution");
  const status = section?.querySelector<HTMLElement>(".map__status");
  if (!consent || !button || !view || !attribution || !status) {
    return;
  }

  const TILE = 256;
  const data = consent.dataset;
  const latitude = Number(data.lat);
  const longitude = Number(data.lon);
  const template = data.tiles ?? "";
  let zoom = Number(data.zoom);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || !Number.isFinite(zoom) || template === "") {
    return;
  }

  // Web Mercator: the world is 2^zoom tiles wide; x and y count tiles from the top left.
  const position = (z: number): { x: number; y: number } => {
    const n = 2 ** z;
    const rad = (latitude * Math.PI) / 180;
    return {
      x: ((longitude + 180) / 360) * n,
      y: ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n,
    };
  };

  const tiles = document.createElement("div");
  tiles.className = "map__tiles";
  tiles.setAttribute("role", "img");
  tiles.setAttribute("aria-label", data.label ?? "");
  const pin = document.createElement("span");
  pin.className = "map__pin";
  pin.setAttribute("aria-hidden", "true");

  const render = (): void => {
    const { x, y } = position(zoom);
    const width = view.clientWidth || 320;
    const height = view.clientHeight || 300;
    const tileX = Math.floor(x);
    const tileY = Math.floor(y);
    // Where the place's tile starts, so that the place itself lands in the middle of the view.
    const originLeft = width / 2 - (x - tileX) * TILE;
    const originTop = height / 2 - (y - tileY) * TILE;
    const columns = Math.ceil(width / TILE / 2) + 1;
    const rows = Math.ceil(height / TILE / 2) + 1;
    const n = 2 ** zoom;
    tiles.replaceChildren();
    for (let dy = -rows; dy <= rows; dy++) {
      for (let dx = -columns; dx <= columns; dx++) {
        const ty = tileY + dy;
        if (ty < 0 || ty >= n) {
          continue;
        }
        const tx = (((tileX + dx) % n) + n) % n;
        const img = document.createElement("img");
        img.alt = "";
        img.width = TILE;
        img.height = TILE;
        img.decoding = "async";
        img.src = template.replace("{z}", String(zoom)).replace("{x}", String(tx)).replace("{y}", String(ty));
        img.style.left = `${Math.round(originLeft + dx * TILE)}px`;
        img.style.top = `${Math.round(originTop + dy * TILE)}px`;
        tiles.append(img);
      }
    }
    tiles.append(pin);
  };

  const zoomButton = (label: string, text: string, change: number): HTMLButtonElement => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "map__zoom";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", () => {
      zoom = Math.min(19, Math.max(3, zoom + change));
      render();
    });
    return b;
  };

  button.hidden = false;
  button.addEventListener("click", () => {
    const controls = document.createElement("div");
    controls.className = "map__controls";
    controls.append(zoomButton(data.zoomIn ?? "+", "+", 1), zoomButton(data.zoomOut ?? "−", "−", -1));
    view.append(tiles, controls);
    view.hidden = false;
    attribution.hidden = false;
    consent.hidden = true;
    render();
    status.textContent = data.loaded ?? "";
    controls.querySelector("button")?.focus();
  });
})();
