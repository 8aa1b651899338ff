// The portal's own script (not Careloop): a language switcher that sets <html lang>,
// which every Careloop widget follows live. The choice is kept in this site's
// localStorage, as a hospital site might; Careloop itself stores nothing.
const KEY = 'riverside-language';
const select = document.querySelector('#language');
const saved = localStorage.getItem(KEY);
if (saved) document.documentElement.lang = saved;
if (select) {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    localStorage.setItem(KEY, select.value);
  });
}
