// "In meiner Nähe": asks the browser for the resident's position and reloads the search sorted by distance
// from it. The button is shown only where it can work (JavaScript, a secure context, the Geolocation API);
// a refusal or failure is explained in the live region beside it. The position goes only into this site's URL.
(() => {
  const box = document.querySelector<HTMLElement>("[data-near-me]");
  const button = box?.querySelector<HTMLButtonElement>("button");
  const message = box?.querySelector<HTMLElement>(".near-me__message");
  if (!box || !button || !message || !window.isSecureContext || !("geolocation" in navigator)) {
    return;
  }

  const text = (key: string): string => box.dataset[key] ?? "";
  box.hidden = false;

  button.addEventListener("click", () => {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    message.textContent = text("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const url = new URL(window.location.href);
        // Five decimals are about a metre: exact enough for distances, no more precise than needed.
        url.searchParams.set("lat", position.coords.latitude.toFixed(5));
        url.searchParams.set("lon", position.coords.longitude.toFixed(5));
        url.searchParams.set("sort", "distance");
        url.searchParams.delete("page");
        window.location.assign(url.pathname + url.search);
      },
      (error) => {
        button.disabled = false;
        button.removeAttribute("aria-busy");
        message.textContent = error.code === error.PERMISSION_DENIED ? text("denied")
          : error.code === error.TIMEOUT ? text("timeout")
          : text("unavailable");
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  });
})();
