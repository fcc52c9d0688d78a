// Small behaviours that work without inline scripts (the content security policy forbids them).
document.addEventListener("change", (event) => {
  if (event.target.matches("select[data-autosubmit]")) event.target.form.submit();
});

// Contact addresses on public pages are stored reversed and split; they become mailto links only here.
function revealAddresses(root) {
  root.querySelectorAll("a[data-mail-user][data-mail-domain]").forEach((link) => {
    const user = link.dataset.mailUser.split("").reverse().join("");
    const domain = link.dataset.mailDomain.split("").reverse().join("");
    link.href = "mailto:" + user + "@" + domain;
    if (link.dataset.mailShow !== undefined) link.textContent = user + "@" + domain;
  });
}
document.addEventListener("DOMContentLoaded", () => revealAddresses(document));
