// The admin's product form: when the category changes to one of another product type, lay out that
// type's spec rows (drawn by the server, see ProductAdmin.spec_fields_view). What was typed is kept:
// within the same type nothing changes, and values typed for a type come back when it is chosen again.
// Without JavaScript the rows follow the category after a save.
(() => {
  "use strict";
  const section = document.getElementById("product-specs");
  const select = document.getElementById("id_category");
  if (!section || !select) return;

  const typed = new Map();
  let latest = 0;

  const remember = () => {
    section.querySelectorAll("input[name^='spec_']").forEach((input) => typed.set(input.name, input.value));
  };

  select.addEventListener("change", async () => {
    const ticket = ++latest;
    const url = new URL(section.dataset.fieldsUrl, window.location.href);
    url.searchParams.set("category", select.value);
    let data;
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!response.ok) return;
      data = await response.json();
    } catch {
      return; // offline or logged out: the rows follow the category after a save
    }
    if (ticket !== latest) return; // a later choice is on its way
    const type = data.type === null ? "" : String(data.type);
    if (type === section.dataset.type) return; // the same product type: the rows and their values stay
    remember();
    const template = document.createElement("template");
    template.innerHTML = data.html;
    template.content.querySelectorAll("input[name^='spec_']").forEach((input) => {
      if (typed.has(input.name)) input.value = typed.get(input.name);
    });
    section.replaceChildren(template.content);
    section.dataset.type = type;
  });
})();
