// News editor: the image description becomes required as soon as an image is chosen.
document.addEventListener('DOMContentLoaded', () => {
  const file = document.getElementById('image');
  const alt = document.getElementById('imageAlt');
  if (!file || !alt) {
    return;
  }
  file.addEventListener('change', () => {
    alt.required = file.files.length > 0;
  });
});
